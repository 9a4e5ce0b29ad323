package org.aparte.store.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agenda query against a naive reference: of every booking written, those of the practice with
 * a slot starting in the range, ordered by first slot, each with all its slots (a second dose
 * outside the range included).
 */
class BookingStoreAgendaTest {
  private static final Instant T0 = Instant.parse("2030-01-07T00:00:00Z");
  private static final UUID PRACTICE = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();
  private static final List<StoredBooking> WRITTEN = new ArrayList<>();
  private static Database database;

  @BeforeAll
  static void open() {
    database = TestPostgres.openFreshDatabase();
    Random random = new Random(7);
    // Distinct minutes: no two bookings share a first slot, so the order is fully defined.
    List<Integer> minutes = new ArrayList<>();
    for (int m = 0; m < 14 * 24 * 60; m += 5) {
      minutes.add(m);
    }
    Collections.shuffle(minutes, random);
    database.transaction(
        c -> {
          for (UUID practice : List.of(PRACTICE, OTHER)) {
            Sql.update(
                c,
                "INSERT INTO practices VALUES ('"
                    + practice
                    + "', 'n', '{}', 's', 'a', 'p', 'c', 0, 0, '{}', 'ph', 'UTC', now())");
            List<UUID> types = List.of(UUID.randomUUID(), UUID.randomUUID());
            for (UUID type : types) {
              Sql.update(
                  c,
                  "INSERT INTO visit_types (id, practice_id, name, duration_minutes,"
                      + " bookable_online, capacity) VALUES ('"
                      + type
                      + "', '"
                      + practice
                      + "', 'v', 5, true, 1)");
            }
            for (int i = 0; i < 60; i++) {
              Instant first = T0.plus(Duration.ofMinutes(minutes.remove(0)));
              List<SlotRef> slots = new ArrayList<>();
              slots.add(new SlotRef(types.get(random.nextInt(2)), first));
              if (random.nextInt(3) == 0) {
                slots.add(
                    new SlotRef(types.get(random.nextInt(2)), first.plus(Duration.ofDays(3))));
              }
              StoredBooking booking = booking(practice, slots);
              BookingStore.insert(c, booking);
              WRITTEN.add(booking);
            }
          }
          return null;
        });
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static StoredBooking booking(UUID practice, List<SlotRef> slots) {
    byte[] bytes = {1};
    return new StoredBooking(
        UUID.randomUUID(), practice, "CONFIRMED", 1, bytes, bytes, bytes, bytes, "PATIENT", slots);
  }

  private static List<StoredBooking> reference(UUID practice, Instant from, Instant to) {
    return WRITTEN.stream()
        .filter(b -> b.practiceId().equals(practice))
        .filter(
            b ->
                b.slots().stream()
                    .anyMatch(s -> !s.start().isBefore(from) && s.start().isBefore(to)))
        .sorted(Comparator.comparing(b -> b.slots().get(0).start()))
        .toList();
  }

  private static List<String> described(List<StoredBooking> bookings) {
    return bookings.stream().map(b -> b.id() + " " + b.slots()).toList();
  }

  @Test
  void findsWhatTheNaiveFilterFindsInOrderWithEverySlot() {
    for (int day = -1; day < 14; day++) {
      for (int length : new int[] {1, 3, 7}) {
        Instant from = T0.plus(Duration.ofDays(day));
        Instant to = from.plus(Duration.ofDays(length));
        for (UUID practice : List.of(PRACTICE, OTHER)) {
          List<StoredBooking> found =
              database.transaction(c -> BookingStore.agenda(c, practice, from, to));
          assertThat(described(found))
              .as("practice %s, %s to %s", practice, from, to)
              .containsExactlyElementsOf(described(reference(practice, from, to)));
        }
      }
    }
  }

  @Test
  void aBookingWithASecondDoseOutsideTheRangeComesWithBothSlots() {
    StoredBooking twoDoses =
        WRITTEN.stream()
            .filter(b -> b.practiceId().equals(PRACTICE) && b.slots().size() == 2)
            .findFirst()
            .orElseThrow();
    Instant first = twoDoses.slots().get(0).start();
    List<StoredBooking> found =
        database.transaction(
            c -> BookingStore.agenda(c, PRACTICE, first, first.plus(Duration.ofMinutes(1))));
    assertThat(found).extracting(StoredBooking::id).containsExactly(twoDoses.id());
    assertThat(found.get(0).slots()).isEqualTo(twoDoses.slots());
  }
}
