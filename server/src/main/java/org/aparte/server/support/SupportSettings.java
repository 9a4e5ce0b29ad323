package org.aparte.server.support;

import java.time.Duration;

/**
 * Support-access policy: the longest disclosure an agent may ask for, and how often the expiry job
 * runs ({@code null}: never, a test calls it).
 */
public record SupportSettings(Duration maxDisclosure, Duration expiryPeriod) {
  public SupportSettings {
    if (maxDisclosure == null || maxDisclosure.isNegative() || maxDisclosure.isZero()) {
      throw new IllegalArgumentException("a positive longest disclosure");
    }
    if (expiryPeriod != null && (expiryPeriod.isNegative() || expiryPeriod.isZero())) {
      throw new IllegalArgumentException("a positive expiry period, or none");
    }
  }

  /** At most 24 hours; the expiry job every 30 seconds. */
  public static SupportSettings defaults() {
    return new SupportSettings(Duration.ofHours(24), Duration.ofSeconds(30));
  }

  public SupportSettings withMaxDisclosure(Duration max) {
    return new SupportSettings(max, expiryPeriod);
  }

  public SupportSettings withExpiryPeriod(Duration period) {
    return new SupportSettings(maxDisclosure, period);
  }
}
