package org.aparte.server.log;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;

/**
 * How the log sequencer runs: entries per pass, the least time between two signed tree heads, how
 * often the background pass runs ({@code null}: never, a test drives {@code sequenceOnce()}), and
 * which witnesses' co-signatures the server keeps ({@value #WITNESSES_ENV}: their Ed25519 public
 * keys, base64, comma-separated).
 */
public record LogSettings(
    int batchSize,
    Duration headInterval,
    Duration sequencePeriod,
    Set<SigningPublicKey> witnesses) {
  public static final String WITNESSES_ENV = "APARTE_LOG_WITNESSES";

  public LogSettings(int batchSize, Duration headInterval, Duration sequencePeriod) {
    this(batchSize, headInterval, sequencePeriod, Set.of());
  }

  public LogSettings {
    witnesses = Set.copyOf(witnesses);
    if (batchSize < 1 || headInterval == null || headInterval.isNegative()) {
      throw new IllegalArgumentException("a positive batch and a non-negative head interval");
    }
    if (sequencePeriod != null && (sequencePeriod.isZero() || sequencePeriod.isNegative())) {
      throw new IllegalArgumentException("a positive sequencing period, or none");
    }
  }

  /** A new head at most every second; a pass every 250 ms. */
  public static LogSettings defaults() {
    return new LogSettings(10_000, Duration.ofSeconds(1), Duration.ofMillis(250));
  }

  public LogSettings withWitnesses(Set<SigningPublicKey> newWitnesses) {
    return new LogSettings(batchSize, headInterval, sequencePeriod, newWitnesses);
  }

  /** The defaults, with the witnesses named in {@value #WITNESSES_ENV} (none if unset). */
  public static LogSettings fromEnvironment(Map<String, String> env) {
    String value = env.get(WITNESSES_ENV);
    if (value == null || value.isBlank()) {
      return defaults();
    }
    Set<SigningPublicKey> keys = new HashSet<>();
    for (String item : value.split(",")) {
      try {
        keys.add(SigningPublicKey.decode(Base64.getDecoder().decode(item.strip())));
      } catch (IllegalArgumentException | CryptoException e) {
        throw new IllegalArgumentException(
            WITNESSES_ENV + " must list witness public keys in base64, comma-separated");
      }
    }
    return defaults().withWitnesses(keys);
  }

  /** No background pass and no head interval: the caller sequences when it wants. */
  public static LogSettings manual() {
    return new LogSettings(10_000, Duration.ZERO, null);
  }
}
