package org.aparte.server;

import java.util.Map;
import java.util.Objects;

/**
 * Where the HTTP server listens and what it accepts. From the environment: {@code APARTE_HOST}
 * (default 127.0.0.1: put a TLS proxy in front to reach it from elsewhere), {@code APARTE_PORT}
 * (default 8080; 0 picks a free port) and {@code APARTE_MAX_BODY_BYTES} (default 1 MiB).
 */
public record ServerConfig(String host, int port, long maxBodyBytes) {
  public static final String HOST_ENV = "APARTE_HOST";
  public static final String PORT_ENV = "APARTE_PORT";
  public static final String MAX_BODY_ENV = "APARTE_MAX_BODY_BYTES";
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** Large files go to the blob store in segments, never through one JSON body. */
  public static final long MAX_MAX_BODY_BYTES = 16 * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException(HOST_ENV + " must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(PORT_ENV + " must be a port number (0-65535)");
    }
    if (maxBodyBytes < 1024 || maxBodyBytes > MAX_MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          MAX_BODY_ENV + " must be between 1024 and " + MAX_MAX_BODY_BYTES);
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES);
  }

  public static ServerConfig fromEnvironment(Map<String, String> env) {
    String host = env.getOrDefault(HOST_ENV, "");
    long port = number(env, PORT_ENV, DEFAULT_PORT);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(PORT_ENV + " must be a port number (0-65535)");
    }
    return new ServerConfig(
        host.isBlank() ? DEFAULT_HOST : host.strip(),
        (int) port,
        number(env, MAX_BODY_ENV, DEFAULT_MAX_BODY_BYTES));
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, maxBodyBytes);
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }
}
