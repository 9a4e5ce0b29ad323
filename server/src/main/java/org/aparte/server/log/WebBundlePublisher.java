package org.aparte.server.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.aparte.server.BackgroundTask;
import org.aparte.server.http.WebAppFiles;
import org.aparte.store.Database;
import org.aparte.store.log.WebBundleLog;
import org.aparte.transparency.WebBundleStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, queues the served web bundle's hash (the {@code bundleHash} of {@code
 * /.well-known/aparte-bundle.json}) for the transparency log unless it is already the newest logged
 * one, as the server starts (in one transaction; the entry is under the next tree head a few
 * seconds later). Nothing to do when the server serves no web app.
 */
public final class WebBundlePublisher implements BackgroundTask {
  public static final String MANIFEST =
      WebAppFiles.CLASSPATH_DIRECTORY + "/.well-known/aparte-bundle.json";
  private static final Logger LOG = LoggerFactory.getLogger(WebBundlePublisher.class);

  private final Database database;
  private final Clock clock;
  private final Optional<WebBundleStatement> served;

  public WebBundlePublisher(Database database, Clock clock, Optional<WebBundleStatement> served) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.served = Objects.requireNonNull(served, "served");
  }

  /** The bundle hash from the manifest on the classpath, when the web app is there. */
  public static Optional<WebBundleStatement> fromClasspath(ObjectMapper json) {
    try (InputStream in = WebBundlePublisher.class.getResourceAsStream(MANIFEST)) {
      if (in == null) {
        return Optional.empty();
      }
      JsonNode manifest = json.readTree(in);
      if (manifest.path("version").asInt() != 1) {
        throw new IllegalStateException("aparte-bundle.json: unsupported manifest version");
      }
      return Optional.of(WebBundleStatement.ofHex(manifest.path("bundleHash").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException("aparte-bundle.json could not be read", e);
    }
  }

  @Override
  public void start() {
    served.ifPresent(
        statement -> {
          int version =
              database.transaction(c -> WebBundleLog.logIfNew(c, statement, clock.instant()));
          LOG.info("web bundle {} is version {} in the transparency log", statement.hex(), version);
        });
  }

  @Override
  public void close() {
    // Nothing runs after start().
  }
}
