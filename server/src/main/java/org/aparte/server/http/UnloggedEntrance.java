package org.aparte.server.http;

import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A second, temporary way into the same server whose requests the {@link AccessLog} does not write:
 * a connector on an ephemeral loopback port, for the process's own bulk work (the demo seeding
 * makes thousands of requests that would otherwise bury the log). It serves the same routes with
 * the same checks; only the access-log line is skipped, and errors are still logged. Real users
 * never reach it: it listens on loopback only, on a port nobody is told, and it is closed as soon
 * as the work is done.
 */
public final class UnloggedEntrance implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;
  private final Set<Integer> unloggedPorts;
  private final int port;

  private UnloggedEntrance(
      Server jetty, ServerConnector connector, Set<Integer> unloggedPorts, int port) {
    this.jetty = jetty;
    this.connector = connector;
    this.unloggedPorts = unloggedPorts;
    this.port = port;
  }

  /**
   * Opens the entrance on {@code jetty}, with the HTTP settings of its first connector.
   *
   * @param unloggedPorts the ports the access log skips; this entrance adds its own while open
   */
  public static UnloggedEntrance open(Server jetty, Set<Integer> unloggedPorts) {
    Objects.requireNonNull(jetty, "jetty");
    Objects.requireNonNull(unloggedPorts, "unloggedPorts");
    HttpConfiguration http =
        jetty
            .getConnectors()[0]
            .getConnectionFactory(HttpConnectionFactory.class)
            .getHttpConfiguration();
    var connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    try {
      connector.start();
    } catch (Exception e) {
      jetty.removeConnector(connector);
      throw new IllegalStateException("could not open the unlogged entrance", e);
    }
    int port = connector.getLocalPort();
    // Registered after the port is known, and before anyone is told the URL.
    unloggedPorts.add(port);
    return new UnloggedEntrance(jetty, connector, unloggedPorts, port);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      connector.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not close the unlogged entrance", e);
    } finally {
      jetty.removeConnector(connector);
      // Only once the connector has stopped, so none of its requests is logged.
      unloggedPorts.remove(port);
    }
  }
}
