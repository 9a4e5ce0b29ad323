package org.aparte.store.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.protocol.support.AgentView;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;

/**
 * Support agents: ordinary accounts the operator promotes. Promoting logs the account's X-Wing key
 * as an agent key (0x06) in the same transaction; adding or removing an agent leaves the team key
 * stale until an agent rotates it ({@link SupportTeam}).
 */
public final class SupportAgents {
  private static final String VIEW =
      "SELECT s.account_id, s.key_version, a.encryption_public_key FROM support_agents s"
          + " JOIN accounts a ON a.id = s.account_id";

  private final Database database;

  public SupportAgents(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** What {@link #add} did. */
  public enum AddResult {
    ADDED,
    NO_SUCH_ACCOUNT,
    ALREADY_AGENT
  }

  /** Promotes the account with this login to agent. */
  public AddResult add(String login, Instant now) {
    return database.transaction(
        connection -> {
          Optional<Object[]> account =
              Sql.one(
                  connection,
                  "SELECT id, encryption_public_key FROM accounts WHERE login = ?",
                  row -> new Object[] {row.getObject(1, UUID.class), row.getBytes(2)},
                  login);
          if (account.isEmpty()) {
            return AddResult.NO_SUCH_ACCOUNT;
          }
          UUID id = (UUID) account.get()[0];
          if (find(connection, id).isPresent()) {
            return AddResult.ALREADY_AGENT;
          }
          int version = nextKeyVersion(connection, id);
          KeyDirectoryLog.record(
              connection, EntryKind.SUPPORT_AGENT_KEY, id, version, (byte[]) account.get()[1], now);
          Sql.update(
              connection,
              "INSERT INTO support_agents (account_id, key_version, added_at) VALUES (?, ?, ?)",
              id,
              version,
              now);
          return AddResult.ADDED;
        });
  }

  /** Demotes the agent with this login; false when it was none. */
  public boolean remove(String login) {
    return database.transaction(
        connection ->
            Sql.update(
                    connection,
                    "DELETE FROM support_agents WHERE account_id ="
                        + " (SELECT id FROM accounts WHERE login = ?)",
                    login)
                == 1);
  }

  public Optional<AgentView> find(UUID accountId) {
    return database.transaction(Isolation.READ_COMMITTED, c -> find(c, accountId));
  }

  public List<AgentView> all() {
    return database.transaction(
        Isolation.READ_COMMITTED,
        c -> Sql.list(c, VIEW + " ORDER BY s.account_id", SupportAgents::view));
  }

  static Optional<AgentView> find(Connection connection, UUID accountId) throws SQLException {
    return Sql.one(connection, VIEW + " WHERE s.account_id = ?", SupportAgents::view, accountId);
  }

  private static AgentView view(java.sql.ResultSet row) throws SQLException {
    return new AgentView(row.getObject(1, UUID.class), row.getInt(2), row.getBytes(3));
  }

  private static int nextKeyVersion(Connection connection, UUID id) throws SQLException {
    return Sql.one(
            connection,
            "SELECT COALESCE(MAX(version), 0) + 1 FROM log_key_directory"
                + " WHERE kind = ? AND subject_id = ?",
            row -> row.getInt(1),
            (short) EntryKind.SUPPORT_AGENT_KEY.code(),
            id)
        .orElse(1);
  }
}
