package org.aparte.server.http;

import java.util.Optional;
import java.util.UUID;

/**
 * A UUID exactly as our clients write it (canonical, lower case), so one id has one spelling in
 * paths, logs and rate-limit keys. Each route family turns an empty answer into its own error.
 */
public final class StrictUuid {
  private StrictUuid() {}

  public static Optional<UUID> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
