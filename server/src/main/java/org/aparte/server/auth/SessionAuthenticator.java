package org.aparte.server.auth;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aparte.server.errors.UnauthorizedException;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/**
 * Resolves {@code Authorization: Bearer <token>} to an account. Tokens are 32 random bytes in
 * base64url; the {@code sessions} table holds only their SHA-256, so a database dump does not
 * contain a usable session.
 */
public final class SessionAuthenticator {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final String PREFIX = "Bearer ";

  private final Database database;
  private final Clock clock;

  public SessionAuthenticator(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The account behind the request's session; a 401 when there is none or it expired. */
  public UUID requireAccount(Context ctx) {
    String token = bearerToken(ctx).orElseThrow(UnauthorizedException::new);
    return accountFor(token).orElseThrow(UnauthorizedException::new);
  }

  /** The raw bearer token of the request, if it has a well-formed one (for logout). */
  public static Optional<String> bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String token = header.substring(PREFIX.length()).trim();
    return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
  }

  /** What the {@code sessions} table stores for a token. */
  public static byte[] tokenHash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Optional<UUID> accountFor(String token) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT account_id FROM sessions WHERE token_hash = ? AND expires_at > ?")) {
            query.setBytes(1, tokenHash(token));
            query.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
          }
        });
  }
}
