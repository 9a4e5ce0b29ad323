package org.aparte.notifier.sms;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMPP 3.4 SMSC: {@code APARTE_SMPP_HOST} (required), {@code APARTE_SMPP_PORT} (2775), {@code
 * APARTE_SMPP_SYSTEM_ID}, {@code APARTE_SMPP_PASSWORD}, {@code APARTE_SMPP_SOURCE} (sender name).
 */
public record SmppSettings(String host, int port, String systemId, String password, String source) {
  public SmppSettings {
    Objects.requireNonNull(host, "host");
    systemId = systemId == null ? "" : systemId;
    password = password == null ? "" : password;
    source = source == null ? "Aparte" : source;
  }

  public static Optional<SmppSettings> fromEnvironment(Map<String, String> env) {
    String host = env.get("APARTE_SMPP_HOST");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new SmppSettings(
            host.strip(),
            Integer.parseInt(env.getOrDefault("APARTE_SMPP_PORT", "2775")),
            env.get("APARTE_SMPP_SYSTEM_ID"),
            env.get("APARTE_SMPP_PASSWORD"),
            env.get("APARTE_SMPP_SOURCE")));
  }

  @Override
  public String toString() {
    return "SmppSettings[" + host + ":" + port + "]";
  }
}
