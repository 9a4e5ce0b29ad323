package org.aparte.transparency;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The monthly transparency report, computed from support events alone (anyone holding the log can
 * recompute it). An event counts in the month (UTC) of its own time; the duration of an approval is
 * its expiry minus its time; an early revocation is a revocation before the approved expiry.
 */
public record SupportReport(
    YearMonth month,
    int requested,
    int approved,
    int denied,
    Optional<Duration> medianApprovedDuration,
    int earlyRevocations,
    int expiries,
    int refusedAttempts,
    Map<UUID, Integer> fetchesPerAgent) {

  public SupportReport {
    fetchesPerAgent = Collections.unmodifiableMap(new TreeMap<>(fetchesPerAgent));
  }

  public static SupportReport of(YearMonth month, List<SupportEvent> events) {
    Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant until = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<UUID, Long> approvedExpiry = new HashMap<>();
    for (SupportEvent event : events) {
      if (event.kind() == EntryKind.SUPPORT_APPROVAL) {
        approvedExpiry.put(event.disclosureId(), event.expiresMillis());
      }
    }
    int requested = 0;
    int approved = 0;
    int denied = 0;
    int early = 0;
    int expiries = 0;
    int refused = 0;
    List<Long> durations = new ArrayList<>();
    Map<UUID, Integer> fetches = new HashMap<>();
    for (SupportEvent event : events) {
      Instant at = Instant.ofEpochMilli(event.timeMillis());
      if (at.isBefore(from) || !at.isBefore(until)) {
        continue;
      }
      switch (event.kind()) {
        case SUPPORT_REQUEST -> requested++;
        case SUPPORT_APPROVAL -> {
          approved++;
          durations.add(event.expiresMillis() - event.timeMillis());
        }
        case SUPPORT_DENIAL -> denied++;
        case SUPPORT_FETCH -> fetches.merge(event.agentId(), 1, Integer::sum);
        case SUPPORT_REVOCATION -> {
          Long expiry = approvedExpiry.get(event.disclosureId());
          if (expiry != null && event.timeMillis() < expiry) {
            early++;
          }
        }
        case SUPPORT_EXPIRY -> expiries++;
        case SUPPORT_REFUSED -> refused++;
        default -> {}
      }
    }
    return new SupportReport(
        month, requested, approved, denied, median(durations), early, expiries, refused, fetches);
  }

  /** The median (the mean of the two middle values for an even count), or empty. */
  static Optional<Duration> median(List<Long> millis) {
    if (millis.isEmpty()) {
      return Optional.empty();
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    long value =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle), 2);
    return Optional.of(Duration.ofMillis(value));
  }
}
