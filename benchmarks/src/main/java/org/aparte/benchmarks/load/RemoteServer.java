package org.aparte.benchmarks.load;

import java.net.URI;
import java.util.Optional;
import org.aparte.store.DatabaseConfig;

/** A server already running somewhere, by URL; its CPU is not measured from here. */
record RemoteServer(URI base, Optional<DatabaseConfig> database) implements ServerUnderTest {
  @Override
  public double serverCpuSeconds() {
    return Double.NaN;
  }

  @Override
  public double postgresCpuSeconds() {
    return Double.NaN;
  }

  @Override
  public String describe() {
    return "running server at " + base;
  }

  @Override
  public void close() {}
}
