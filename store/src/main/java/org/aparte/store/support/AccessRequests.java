package org.aparte.store.support;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.protocol.support.AccessRequestBody;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.AgentView;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;

/** Access requests: asked by an agent, logged in the transaction that stores them. */
public final class AccessRequests {
  private final Database database;

  public AccessRequests(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** Stores and logs the request; false when a request with this id exists. */
  public boolean create(UUID ticketId, AgentView agent, AccessRequestBody body, Instant now) {
    return database.transaction(
        connection -> {
          int inserted =
              Sql.update(
                  connection,
                  "INSERT INTO support_access_requests (id, ticket_id, agent_id,"
                      + " agent_key_version, scope, team_key_version, reason, reason_team_key,"
                      + " reason_owner_key, duration_seconds, status, requested_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)"
                      + " ON CONFLICT DO NOTHING",
                  body.requestId(),
                  ticketId,
                  agent.agentId(),
                  agent.keyVersion(),
                  Scopes.write(body.scope()),
                  body.teamKeyVersion(),
                  body.reason().ciphertext(),
                  body.reason().teamKey(),
                  body.reason().ownerKey(),
                  body.durationSeconds(),
                  now);
          if (inserted == 0) {
            return false;
          }
          Instant until = now.plusSeconds(body.durationSeconds());
          SupportEventLog.append(
              connection,
              new SupportEvent(
                  EntryKind.SUPPORT_REQUEST,
                  agent.agentId(),
                  ticketId,
                  body.requestId(),
                  org.aparte.protocol.support.SupportScope.hash(body.scope()),
                  now.toEpochMilli(),
                  until.toEpochMilli()),
              now);
          return true;
        });
  }

  public Optional<StoredAccess> find(UUID requestId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        c -> Sql.one(c, AccessRows.SELECT + " WHERE r.id = ?", AccessRows::stored, requestId));
  }

  public List<AccessRequestView> ofTicket(UUID ticketId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        c ->
            Sql.list(
                    c,
                    AccessRows.SELECT + " WHERE r.ticket_id = ? ORDER BY r.requested_at, r.id",
                    AccessRows::stored,
                    ticketId)
                .stream()
                .map(StoredAccess::view)
                .toList());
  }
}
