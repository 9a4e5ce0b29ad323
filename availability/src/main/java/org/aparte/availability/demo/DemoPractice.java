package org.aparte.availability.demo;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.PracticeCalendar;
import org.aparte.availability.VisitType;

/**
 * A public practice profile as a directory shows it: who works there, where, how to call, which
 * visits it offers and when. Demo profiles are invented (see {@link DemoPractices}); nothing here
 * is about patients.
 *
 * @param id the practice
 * @param name display name
 * @param specialtyCode a code from {@link org.aparte.availability.reference.Specialties}
 * @param practitioners at least one
 * @param address where it is
 * @param phone French national format, "01 23 45 67 89"
 * @param languages ISO 639-1 codes of the languages spoken, at least one
 * @param zone the practice's time zone
 * @param visitTypes its visit types, all with this practice's id
 * @param openingRules weekly rules, each for one of these visit types
 */
public record DemoPractice(
    UUID id,
    String name,
    String specialtyCode,
    List<Practitioner> practitioners,
    Address address,
    String phone,
    List<String> languages,
    ZoneId zone,
    List<VisitType> visitTypes,
    List<OpeningRule> openingRules) {
  private static final Pattern PHONE = Pattern.compile("0[1-9]( [0-9]{2}){4}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public DemoPractice {
    if (id == null || address == null || zone == null || specialtyCode == null) {
      throw new IllegalArgumentException("practice id, specialty, address and zone are required");
    }
    DemoChecks.text(name, 120, "practice name");
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("practice phone must look like 01 23 45 67 89");
    }
    practitioners = List.copyOf(practitioners);
    languages = List.copyOf(languages);
    visitTypes = List.copyOf(visitTypes);
    openingRules = List.copyOf(openingRules);
    if (practitioners.isEmpty()) {
      throw new IllegalArgumentException("a practice needs at least one practitioner");
    }
    if (languages.isEmpty() || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
      throw new IllegalArgumentException("practice languages must be ISO 639-1 codes");
    }
    Set<UUID> typeIds = new HashSet<>();
    for (VisitType type : visitTypes) {
      if (!type.practiceId().equals(id)) {
        throw new IllegalArgumentException("visit type belongs to another practice");
      }
      typeIds.add(type.id());
    }
    for (OpeningRule rule : openingRules) {
      if (!typeIds.contains(rule.visitTypeId())) {
        throw new IllegalArgumentException("opening rule for a visit type the practice lacks");
      }
    }
  }

  /** The practice's slot calendars, with no closures. */
  public PracticeCalendar calendar() {
    return new PracticeCalendar(id, zone, visitTypes, openingRules, List.of());
  }
}
