package org.aparte.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.practice.CreatedPractice;
import org.aparte.client.practice.Practices;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.VisitTypeRequest;

/**
 * Bookable capacity made through the API with the SDK: one practitioner account, a few practices
 * (keys made by the SDK), each with one visit type of {@link #CAPACITY} parallel lines (a
 * vaccination centre), open every day {@link #OPEN}-{@link #CLOSE} in {@link #SLOT_MINUTES}-minute
 * slots, from tomorrow on. Returns one entry per free place, shuffled.
 */
final class Capacity {
  static final int CAPACITY = 10;
  static final int SLOT_MINUTES = 5;
  static final LocalTime OPEN = LocalTime.of(7, 0);
  static final LocalTime CLOSE = LocalTime.of(21, 0);
  static final int MAX_DAYS = 30;
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** One free place: the practice to encrypt to, the visit type and the slot. */
  record Line(PracticeTarget practice, UUID visitTypeId, String slotId) {}

  private Capacity() {}

  static int linesPerPracticeDay() {
    int slots = (CLOSE.toSecondOfDay() - OPEN.toSecondOfDay()) / 60 / SLOT_MINUTES;
    return slots * CAPACITY;
  }

  /**
   * Sets up at least {@code needed} lines over {@code practices} practices.
   *
   * @param options the SDK's Argon2 costs for the one account (tests pass cheap ones)
   */
  static List<Line> create(URI base, int practices, int needed, AccountOptions options)
      throws IOException, ApiError {
    int days = (int) Math.ceil((double) needed / (practices * linesPerPracticeDay()));
    if (days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "too many bookings for "
              + practices
              + " practices over "
              + MAX_DAYS
              + " days: raise --practices");
    }
    var random = new SecureRandom();
    String login = "load-" + UUID.randomUUID() + "@example.org";
    char[] password = ("load-" + UUID.randomUUID()).toCharArray();
    AccountSession session =
        new AccountClient(base, options).register(login, Role.PRACTITIONER, password).session();
    var sdk = new Practices(session.transport(), new AnonymousTransport(base), random);
    LocalDate first = LocalDate.now(PARIS).plusDays(1);
    List<RuleSpec> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(new RuleSpec(day, OPEN, CLOSE, null, null));
    }
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < practices; p++) {
      String name = "Centre de vaccination " + (p + 1);
      CreatedPractice created =
          sdk.create(
              session.keys().encryptionKeys(),
              new PracticeProfile(
                  name,
                  List.of("Dr Load Test"),
                  "medecine-generale",
                  (p + 1) + " rue de la Charge",
                  "75011",
                  "Paris",
                  48.857,
                  2.38,
                  List.of("fr"),
                  "+33 1 00 00 00 00",
                  PARIS.getId()));
      UUID visitType = UUID.randomUUID();
      sdk.putVisitType(
          created.practiceId(),
          visitType,
          new VisitTypeRequest("Vaccination", SLOT_MINUTES, true, CAPACITY, null));
      sdk.putRules(created.practiceId(), visitType, rules);
      var target =
          new PracticeTarget(
              created.practiceId(),
              name,
              created.keyring().current().publicKey(),
              created.keyring().currentVersion());
      List<SlotView> slots =
          sdk.slots(
              created.practiceId(),
              visitType,
              first.toString(),
              first.plusDays(days - 1L).toString());
      for (SlotView slot : slots) {
        for (int i = 0; i < slot.free(); i++) {
          lines.add(new Line(target, visitType, slot.slotId()));
        }
      }
    }
    if (lines.size() < needed) {
      throw new IllegalStateException(
          "the server lists " + lines.size() + " free places, " + needed + " are needed");
    }
    // Spread each slot's places over the run, so concurrent bookings rarely queue on one slot row.
    Collections.shuffle(lines, random);
    return lines.subList(0, needed);
  }
}
