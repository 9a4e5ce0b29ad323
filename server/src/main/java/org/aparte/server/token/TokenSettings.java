package org.aparte.server.token;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.aparte.crypto.token.BlindRsa;

/**
 * Booking-token policy. An epoch lasts {@code epochLength} (default one week); a token of an epoch
 * is accepted until {@code grace} after the epoch ends (default one week, so a token fetched on the
 * last day of an epoch still books for a week). Each account gets at most {@code perEpochLimit}
 * tokens per epoch (default 6). Issuer keys have {@code keyBits} bits (default 2048: tokens live
 * two weeks at most, so the key only has to resist factoring for that long, and 2048-bit blind
 * signing costs about a third of 3072-bit). With {@code required} false, bookings without a token
 * are accepted (the load benchmark's "tokens off" run); tokens that are sent are still checked.
 */
public record TokenSettings(
    Duration epochLength, Duration grace, int perEpochLimit, int keyBits, boolean required) {
  public TokenSettings {
    Objects.requireNonNull(epochLength, "epochLength");
    Objects.requireNonNull(grace, "grace");
    if (epochLength.toSeconds() < 60 || epochLength.toNanosPart() != 0) {
      throw new IllegalArgumentException("an epoch lasts a whole number of seconds, at least 60");
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("the grace period cannot be negative");
    }
    if (perEpochLimit < 1 || perEpochLimit > MAX_PER_EPOCH) {
      throw new IllegalArgumentException("the per-epoch token limit is 1 to " + MAX_PER_EPOCH);
    }
    if (keyBits < BlindRsa.MIN_MODULUS_BITS || keyBits > 8192 || keyBits % 8 != 0) {
      throw new IllegalArgumentException("issuer keys are 2048 to 8192 bits, a multiple of 8");
    }
  }

  /** {@code required} (default) or {@code optional}. */
  public static final String REQUIRED_ENV = "APARTE_BOOKING_TOKENS";

  /** Tokens per account and epoch (default 6). */
  public static final String PER_EPOCH_ENV = "APARTE_TOKENS_PER_EPOCH";

  /** High enough for a load test's single patient account, low enough to catch a typo. */
  public static final int MAX_PER_EPOCH = 1_000_000;

  /** Defaults, with {@link #REQUIRED_ENV} and {@link #PER_EPOCH_ENV} applied. */
  public static TokenSettings fromEnvironment(Map<String, String> env) {
    TokenSettings settings = defaults();
    String required = env.getOrDefault(REQUIRED_ENV, "").strip();
    if (!required.isEmpty()) {
      if (!required.equals("required") && !required.equals("optional")) {
        throw new IllegalArgumentException(REQUIRED_ENV + " must be 'required' or 'optional'");
      }
      settings = settings.withRequired(required.equals("required"));
    }
    String limit = env.getOrDefault(PER_EPOCH_ENV, "").strip();
    if (!limit.isEmpty()) {
      try {
        settings = settings.withPerEpochLimit(Integer.parseInt(limit));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PER_EPOCH_ENV + " must be a whole number");
      }
    }
    return settings;
  }

  public static TokenSettings defaults() {
    return new TokenSettings(Duration.ofDays(7), Duration.ofDays(7), 6, 2048, true);
  }

  public TokenSettings withRequired(boolean newRequired) {
    return new TokenSettings(epochLength, grace, perEpochLimit, keyBits, newRequired);
  }

  public TokenSettings withPerEpochLimit(int newLimit) {
    return new TokenSettings(epochLength, grace, newLimit, keyBits, required);
  }
}
