package org.aparte.store;

import java.util.Objects;

/** A PostgreSQL someone else runs; closing it does nothing. */
public record ExternalDatabase(DatabaseConfig config) implements DatabaseServer {
  public ExternalDatabase {
    Objects.requireNonNull(config, "config");
  }

  @Override
  public String describe() {
    return "external PostgreSQL at " + config.describe();
  }

  @Override
  public void close() {}
}
