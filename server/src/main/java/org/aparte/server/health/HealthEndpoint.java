package org.aparte.server.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import org.aparte.server.errors.UnavailableException;
import org.aparte.store.Database;
import org.aparte.store.StoreException;

/** {@code GET /v1/health}: the server runs and its database answers. */
public final class HealthEndpoint implements Handler {
  private final Database database;
  private final String version;

  public HealthEndpoint(Database database, String version) {
    this.database = Objects.requireNonNull(database, "database");
    this.version = Objects.requireNonNull(version, "version");
  }

  @Override
  public void handle(Context ctx) {
    try {
      database.transaction(
          connection -> {
            try (PreparedStatement ping = connection.prepareStatement("SELECT 1");
                ResultSet row = ping.executeQuery()) {
              return row.next();
            }
          });
    } catch (StoreException e) {
      throw new UnavailableException("the database does not answer");
    }
    ctx.json(new Health("ok", version));
  }

  /** The answer: {@code {"status":"ok","version":"0.1.0"}}. */
  public record Health(String status, String version) {}
}
