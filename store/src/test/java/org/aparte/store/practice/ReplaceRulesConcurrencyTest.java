package org.aparte.store.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aparte.availability.OpeningRule;
import org.aparte.store.Database;
import org.aparte.store.testing.PlaceholderRows;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weekly hours replaced by many practices at once on a fresh database (a set-up day, a demo): every
 * replacement lands, none is aborted for the others; and two replacements of the same visit type's
 * hours leave one of the two sets whole, never a mix.
 */
class ReplaceRulesConcurrencyTest {
  private Database database;
  private PracticeAvailability availability;

  @BeforeEach
  void open() {
    database = TestPostgres.openFreshDatabase();
    availability = new PracticeAvailability(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void fortyPracticesReplacingTheirHoursAtOnceAllLand() throws Exception {
    List<UUID[]> practices = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      practices.add(practiceWithVisitType());
    }
    List<Callable<Boolean>> writes = new ArrayList<>();
    for (UUID[] practice : practices) {
      writes.add(() -> availability.replaceRules(practice[0], practice[1], week(practice[1], 9)));
    }
    for (Boolean landed : runAtOnce(writes)) {
      assertThat(landed).isTrue();
    }
    for (UUID[] practice : practices) {
      assertThat(startHours(practice[1])).hasSize(5).containsOnly(9);
    }
  }

  @Test
  void twoReplacementsOfOneVisitTypeLeaveOneSetWhole() throws Exception {
    UUID[] practice = practiceWithVisitType();
    for (int round = 0; round < 10; round++) {
      List<Callable<Boolean>> writes =
          List.of(
              () -> availability.replaceRules(practice[0], practice[1], week(practice[1], 8)),
              () -> availability.replaceRules(practice[0], practice[1], week(practice[1], 14)));
      runAtOnce(writes);
      List<Integer> hours = startHours(practice[1]);
      assertThat(hours).hasSize(5);
      assertThat(new HashSet<>(hours)).hasSize(1);
    }
  }

  private static List<OpeningRule> week(UUID visitType, int startHour) {
    List<OpeningRule> rules = new ArrayList<>();
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      rules.add(
          new OpeningRule(
              visitType,
              day,
              LocalTime.of(startHour, 0),
              LocalTime.of(startHour + 3, 0),
              null,
              null));
    }
    return rules;
  }

  private UUID[] practiceWithVisitType() {
    UUID practice = PlaceholderRows.practice(database);
    return new UUID[] {practice, PlaceholderRows.visitType(database, practice)};
  }

  private List<Integer> startHours(UUID visitType) {
    return database.transaction(
        c -> {
          try (var q =
              c.prepareStatement(
                  "SELECT extract(hour FROM start_time)::int FROM opening_rules"
                      + " WHERE visit_type_id = ?")) {
            q.setObject(1, visitType);
            List<Integer> hours = new ArrayList<>();
            try (var rows = q.executeQuery()) {
              while (rows.next()) {
                hours.add(rows.getInt(1));
              }
            }
            return hours;
          }
        });
  }

  /**
   * Releases every call together (a latch; eight run at once), waits for all, and returns their
   * results in order.
   */
  private static <T> List<T> runAtOnce(List<Callable<T>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    // Eight at a time: more would be refused as overload (DatabaseBusyException) before contending.
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 8));
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
