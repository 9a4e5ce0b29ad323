package org.aparte.availability.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.VisitType;
import org.aparte.availability.reference.Cities;
import org.aparte.availability.reference.City;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;

/**
 * Invented but realistic public practice profiles for demos and the search benchmark. The same seed
 * always gives the same practices, and {@code generate(seed, n)} is the first {@code n} of {@code
 * generate(seed, m)} for any {@code m >= n}. Practice 0 is always the one vaccination centre: ten
 * parallel lines and a second dose 21 to 28 days after the first.
 *
 * <p>Names combine common French first and last names at random; streets are common French street
 * names in real cities with made-up numbers; phone numbers come from blocks set aside for fiction.
 * No real person or practice is described.
 */
public final class DemoPractices {
  public static final String VACCINATION_CENTRE = "centre-de-vaccination";
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  public static final int MAX_COUNT = 1_000_000;

  private DemoPractices() {}

  /**
   * {@code count} practices for {@code seed}, practice 0 being the vaccination centre.
   *
   * @throws IllegalArgumentException if {@code count} is negative or above {@link #MAX_COUNT}
   */
  public static List<DemoPractice> generate(long seed, int count) {
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT);
    }
    Tables tables = Tables.INSTANCE;
    SplittableRandom root = new SplittableRandom(seed);
    List<DemoPractice> practices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // One child generator per practice, split in order: practice i never depends on count.
      SplittableRandom random = root.split();
      practices.add(i == 0 ? vaccinationCentre(random, tables) : practice(random, tables));
    }
    return practices;
  }

  private static DemoPractice practice(SplittableRandom random, Tables tables) {
    UUID id = uuid(random);
    Specialty specialty = tables.pickSpecialty(random);
    boolean doctor = !Professions.NOT_DOCTORS.contains(specialty.code());
    int roll = random.nextInt(100);
    int practitionerCount = roll < 65 ? 1 : roll < 90 ? 2 : 3;
    List<Practitioner> practitioners = new ArrayList<>(practitionerCount);
    for (int p = 0; p < practitionerCount; p++) {
      practitioners.add(practitioner(random, doctor));
    }
    City city = pick(random, tables.cities);
    Address address = address(random, city);

    List<VisitType> visitTypes = new ArrayList<>();
    for (Professions.Template template : Professions.templatesFor(specialty.code())) {
      visitTypes.add(
          new VisitType(
              uuid(random),
              id,
              template.name(),
              template.minutes(),
              template.online(),
              template.capacity(),
              null));
    }
    WeeklyHours hours = WeeklyHours.random(random);
    List<OpeningRule> rules = new ArrayList<>();
    for (int v = 0; v < visitTypes.size(); v++) {
      // The first visit type gets the full week; the others a random part of it.
      WeeklyHours.Part part = v == 0 ? WeeklyHours.Part.ALL : pick(random, PARTS);
      hours.addRules(visitTypes.get(v).id(), part, rules);
    }
    return new DemoPractice(
        id,
        practiceName(specialty.code(), practitioners, doctor),
        specialty.code(),
        practitioners,
        address,
        phone(random, city),
        languages(random),
        ZONE,
        visitTypes,
        rules);
  }

  private static final List<WeeklyHours.Part> PARTS = List.of(WeeklyHours.Part.values());

  private static DemoPractice vaccinationCentre(SplittableRandom random, Tables tables) {
    UUID id = uuid(random);
    City city = pick(random, tables.cities);
    UUID firstDose = uuid(random);
    UUID secondDose = uuid(random);
    UUID flu = uuid(random);
    List<VisitType> visitTypes =
        List.of(
            new VisitType(
                firstDose,
                id,
                "Vaccination – 1re dose",
                10,
                true,
                10,
                new FollowUp(secondDose, 21, 28)),
            new VisitType(secondDose, id, "Vaccination – 2e dose", 10, true, 10, null),
            new VisitType(flu, id, "Vaccination contre la grippe", 10, true, 10, null));
    List<OpeningRule> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day == DayOfWeek.SUNDAY) {
        continue;
      }
      for (VisitType type : visitTypes) {
        rules.add(new OpeningRule(type.id(), day, LocalTime.of(8, 30), LocalTime.of(12, 30)));
        if (day != DayOfWeek.SATURDAY) {
          rules.add(new OpeningRule(type.id(), day, LocalTime.of(13, 30), LocalTime.of(18, 0)));
        }
      }
    }
    return new DemoPractice(
        id,
        "Centre de vaccination de " + city.name(),
        VACCINATION_CENTRE,
        List.of(practitioner(random, true), practitioner(random, false)),
        address(random, city),
        phone(random, city),
        List.of("fr", "en"),
        ZONE,
        visitTypes,
        rules);
  }

  // ---- people, places, numbers ----------------------------------------------------------------

  private static Practitioner practitioner(SplittableRandom random, boolean doctor) {
    List<String> firstNames = random.nextBoolean() ? Names.FEMALE : Names.MALE;
    return new Practitioner(pick(random, firstNames), pick(random, Names.LAST), doctor);
  }

  private static String practiceName(
      String specialty, List<Practitioner> practitioners, boolean doctor) {
    String prefix =
        switch (specialty) {
          case "biologie-medicale" -> "Laboratoire ";
          case "radiologie" -> "Centre d'imagerie ";
          default -> "Cabinet ";
        };
    Practitioner first = practitioners.get(0);
    return switch (practitioners.size()) {
      case 1 ->
          !prefix.equals("Cabinet ")
              ? prefix + first.lastName()
              : doctor
                  ? "Cabinet du Dr " + first.lastName()
                  : "Cabinet " + first.firstName() + " " + first.lastName();
      case 2 -> prefix + first.lastName() + " et " + practitioners.get(1).lastName();
      default ->
          prefix
              + first.lastName()
              + ", "
              + practitioners.get(1).lastName()
              + " et "
              + practitioners.get(2).lastName();
    };
  }

  /** Cities with one postcode per arrondissement (the file lists the first), and how many. */
  private static final Map<String, Integer> ARRONDISSEMENTS =
      Map.of("Paris", 20, "Marseille", 16, "Lyon", 9);

  private static Address address(SplittableRandom random, City city) {
    int number = 1 + random.nextInt(150);
    String street =
        number + (random.nextInt(12) == 0 ? " bis " : " ") + pick(random, Names.STREETS);
    String postcode = city.postcode();
    Integer arrondissements = ARRONDISSEMENTS.get(city.name());
    if (arrondissements != null) {
      postcode =
          String.format("%05d", Integer.parseInt(postcode) + random.nextInt(arrondissements));
    }
    // Up to about 2.5 km from the centre, so that distance searches have something to sort.
    double latitude = city.latitude() + (random.nextDouble() * 2 - 1) * 0.022;
    double longitude =
        city.longitude()
            + (random.nextDouble() * 2 - 1) * 0.022 / Math.cos(Math.toRadians(city.latitude()));
    return new Address(street, postcode, city.name(), latitude, longitude);
  }

  /**
   * Landline blocks that, to our knowledge, ARCEP (the French telecoms regulator) sets aside for
   * works of fiction, by region, so that a demo number should never ring a real line.
   */
  private static final String[] FICTION_BLOCKS = {
    null, "01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"
  };

  private static String phone(SplittableRandom random, City city) {
    int line = random.nextInt(10_000);
    StringBuilder out = new StringBuilder(14).append(FICTION_BLOCKS[city.phoneArea()]);
    out.append(' ').append((char) ('0' + line / 1000)).append((char) ('0' + line / 100 % 10));
    out.append(' ').append((char) ('0' + line / 10 % 10)).append((char) ('0' + line % 10));
    return out.toString();
  }

  private static final List<String> OTHER_LANGUAGES = List.of("es", "de", "it", "ar", "pt", "zh");

  private static List<String> languages(SplittableRandom random) {
    boolean english = random.nextInt(100) < 45;
    String other = random.nextInt(100) < 15 ? pick(random, OTHER_LANGUAGES) : null;
    if (english && other != null) {
      return List.of("fr", "en", other);
    }
    if (english) {
      return List.of("fr", "en");
    }
    return other == null ? List.of("fr") : List.of("fr", other);
  }

  private static UUID uuid(SplittableRandom random) {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lsb = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L; // IETF variant
    return new UUID(msb, lsb);
  }

  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** The reference lists, weighted for picking, built once. */
  private static final class Tables {
    static final Tables INSTANCE = new Tables();

    final List<City> cities = Cities.all();
    private final List<Specialty> weighted = new ArrayList<>();

    private Tables() {
      for (Specialty specialty : Specialties.standard().all()) {
        if (specialty.code().equals(VACCINATION_CENTRE)) {
          continue; // exactly one, made on purpose
        }
        for (int w = Professions.weight(specialty.code()); w > 0; w--) {
          weighted.add(specialty);
        }
      }
    }

    Specialty pickSpecialty(SplittableRandom random) {
      return pick(random, weighted);
    }
  }
}
