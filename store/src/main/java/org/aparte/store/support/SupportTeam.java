package org.aparte.store.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.protocol.support.TeamKeyView;
import org.aparte.protocol.support.TeamKeyWrap;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;

/**
 * The support team key: versions, their wraps to agents, and rotation. The current version is
 * usable only while its wraps go to exactly the current agents; after an agent joins or leaves it
 * is stale, and nobody may encrypt to it until an agent rotates.
 */
public final class SupportTeam {
  private final Database database;

  public SupportTeam(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The newest version, if there is one and it is not stale. */
  public Optional<TeamKeyView> usableKey() {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          Optional<TeamKeyView> current = current(connection);
          return current.isPresent() && !stale(connection, current.get().version())
              ? current
              : Optional.empty();
        });
  }

  /** The newest version, stale or not; 0 before the first. */
  public int currentVersion() {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> current(connection).map(TeamKeyView::version).orElse(0));
  }

  /** Every version wrapped to this agent, oldest first. */
  public List<TeamKeyWrap> keysOf(UUID agentId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection ->
            Sql.list(
                connection,
                "SELECT k.version, k.public_key, w.wrapped_key FROM support_team_keys k"
                    + " JOIN support_team_key_wraps w ON w.version = k.version"
                    + " WHERE w.agent_id = ? ORDER BY k.version",
                row -> new TeamKeyWrap(row.getInt(1), row.getBytes(2), row.getBytes(3)),
                agentId));
  }

  /** What {@link #rotate} did. */
  public enum RotateResult {
    ROTATED,
    WRONG_VERSION,
    WRONG_RECIPIENTS
  }

  /** Adds version {@code current + 1}, wrapped to exactly the current agents, and logs it. */
  public RotateResult rotate(int version, byte[] publicKey, Map<UUID, byte[]> wraps, Instant now) {
    return database.transaction(
        connection -> {
          int current = current(connection).map(TeamKeyView::version).orElse(0);
          if (version != current + 1) {
            return RotateResult.WRONG_VERSION;
          }
          if (!agents(connection).equals(wraps.keySet())) {
            return RotateResult.WRONG_RECIPIENTS;
          }
          Sql.update(
              connection,
              "INSERT INTO support_team_keys (version, public_key, created_at) VALUES (?, ?, ?)",
              version,
              publicKey,
              now);
          for (Map.Entry<UUID, byte[]> wrap : wraps.entrySet()) {
            Sql.update(
                connection,
                "INSERT INTO support_team_key_wraps (version, agent_id, wrapped_key)"
                    + " VALUES (?, ?, ?)",
                version,
                wrap.getKey(),
                wrap.getValue());
          }
          KeyDirectoryLog.record(
              connection,
              EntryKind.SUPPORT_TEAM_KEY,
              EntryKind.SUPPORT_TEAM_SUBJECT,
              version,
              publicKey,
              now);
          return RotateResult.ROTATED;
        });
  }

  private static Optional<TeamKeyView> current(Connection connection) throws SQLException {
    return Sql.one(
        connection,
        "SELECT version, public_key FROM support_team_keys ORDER BY version DESC LIMIT 1",
        row -> new TeamKeyView(row.getInt(1), row.getBytes(2)));
  }

  private static boolean stale(Connection connection, int version) throws SQLException {
    Set<UUID> wrapped =
        new HashSet<>(
            Sql.list(
                connection,
                "SELECT agent_id FROM support_team_key_wraps WHERE version = ?",
                row -> row.getObject(1, UUID.class),
                version));
    return !wrapped.equals(agents(connection));
  }

  private static Set<UUID> agents(Connection connection) throws SQLException {
    return new HashSet<>(
        Sql.list(
            connection,
            "SELECT account_id FROM support_agents",
            row -> row.getObject(1, UUID.class)));
  }
}
