package org.aparte.benchmarks.load;

import java.net.URI;
import java.util.Optional;
import org.aparte.store.DatabaseConfig;

/**
 * The server the driver loads: its base URI, how to reach its database directly (for seeding the
 * search benchmark), and how much CPU it and its PostgreSQL have used so far.
 */
interface ServerUnderTest extends AutoCloseable {
  /** The base URI, ending with a slash. */
  URI base();

  /** The database, when the driver may write to it directly. */
  Optional<DatabaseConfig> database();

  /** CPU seconds used so far by the server JVM alone; NaN when it cannot be told apart. */
  double serverCpuSeconds();

  /** CPU seconds used so far by PostgreSQL (all its processes); NaN when unknown. */
  double postgresCpuSeconds();

  /** One line: where the server runs. */
  String describe();

  @Override
  void close();
}
