package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportReportTest {
  private static final UUID AGENT = UUID.randomUUID();
  private static final UUID TICKET = UUID.randomUUID();
  private static final long MARCH = Instant.parse("2026-03-10T10:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000;

  private static SupportEvent event(EntryKind kind, UUID id, long at, long expires) {
    return new SupportEvent(kind, AGENT, TICKET, id, new byte[32], at, expires);
  }

  @Test
  void countsTheMonthAndTakesTheMedianOfApprovedDurations() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    UUID d = UUID.randomUUID();
    List<SupportEvent> events =
        List.of(
            event(EntryKind.SUPPORT_REQUEST, a, MARCH, 0),
            event(EntryKind.SUPPORT_REQUEST, b, MARCH, 0),
            event(EntryKind.SUPPORT_REQUEST, c, MARCH, 0),
            event(EntryKind.SUPPORT_APPROVAL, a, MARCH, MARCH + 2 * HOUR),
            event(EntryKind.SUPPORT_APPROVAL, b, MARCH, MARCH + 4 * HOUR),
            event(EntryKind.SUPPORT_DENIAL, c, MARCH, 0),
            event(EntryKind.SUPPORT_FETCH, a, MARCH + 1, 0),
            event(EntryKind.SUPPORT_FETCH, a, MARCH + 2, 0),
            event(EntryKind.SUPPORT_REVOCATION, a, MARCH + HOUR, 0),
            event(EntryKind.SUPPORT_EXPIRY, b, MARCH + 4 * HOUR, 0),
            // April: not in March's report.
            event(EntryKind.SUPPORT_REQUEST, d, MARCH + 30L * 24 * HOUR, 0));
    SupportReport report = SupportReport.of(YearMonth.of(2026, 3), events);
    assertThat(report.requested()).isEqualTo(3);
    assertThat(report.approved()).isEqualTo(2);
    assertThat(report.denied()).isEqualTo(1);
    assertThat(report.medianApprovedDuration()).contains(Duration.ofHours(3));
    assertThat(report.earlyRevocations()).isEqualTo(1);
    assertThat(report.expiries()).isEqualTo(1);
    assertThat(report.fetchesPerAgent()).containsExactlyEntriesOf(java.util.Map.of(AGENT, 2));
    assertThat(SupportReport.of(YearMonth.of(2026, 4), events).requested()).isEqualTo(1);
  }

  @Test
  void anEmptyMonthHasNoMedian() {
    assertThat(SupportReport.of(YearMonth.of(2026, 1), List.of()).medianApprovedDuration())
        .isEqualTo(Optional.empty());
  }
}
