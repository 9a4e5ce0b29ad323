package org.aparte.notifier.send;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMTP relay: {@code APARTE_SMTP_HOST} (required to use SMTP), {@code
 * APARTE_SMTP_PORT}, {@code APARTE_SMTP_SECURITY} ({@code starttls}, the default, {@code tls} or
 * {@code none}), {@code APARTE_SMTP_USER}, {@code APARTE_SMTP_PASSWORD}, {@code APARTE_SMTP_FROM}.
 */
public record SmtpSettings(
    String host, int port, Security security, String user, String password, String from) {
  private static final String LOCAL_NAME = "aparte-notifier.localhost";

  public enum Security {
    NONE,
    STARTTLS,
    TLS
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(from, "from");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("APARTE_SMTP_PORT must be 1..65535");
    }
  }

  public static Optional<SmtpSettings> fromEnvironment(Map<String, String> env) {
    String host = env.get("APARTE_SMTP_HOST");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    Security security =
        Security.valueOf(env.getOrDefault("APARTE_SMTP_SECURITY", "starttls").toUpperCase());
    int port =
        Integer.parseInt(
            env.getOrDefault("APARTE_SMTP_PORT", security == Security.TLS ? "465" : "587"));
    return Optional.of(
        new SmtpSettings(
            host.strip(),
            port,
            security,
            env.get("APARTE_SMTP_USER"),
            env.get("APARTE_SMTP_PASSWORD"),
            env.getOrDefault("APARTE_SMTP_FROM", "reminders@localhost")));
  }

  Properties properties() {
    Properties properties = new Properties();
    String protocol = security == Security.TLS ? "smtps" : "smtp";
    properties.put("mail.transport.protocol", protocol);
    properties.put("mail." + protocol + ".host", host);
    properties.put("mail." + protocol + ".port", Integer.toString(port));
    properties.put("mail." + protocol + ".auth", Boolean.toString(!user.isEmpty()));
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "10000");
    properties.put("mail." + protocol + ".writetimeout", "10000");
    // The EHLO name: without it Angus Mail resolves this machine's canonical name, which can stall
    // on a slow resolver for every connection.
    properties.put("mail." + protocol + ".localhost", LOCAL_NAME);
    if (security == Security.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (security != Security.NONE) {
      properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return properties;
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + host + ":" + port + ", " + security + "]";
  }
}
