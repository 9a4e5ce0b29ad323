package org.aparte.store.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.AccessStatus;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.protocol.support.SealedItem;
import org.aparte.protocol.support.SupportScope;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;

/** Reading access-request rows, and the log events they give rise to. */
final class AccessRows {
  static final String SELECT =
      "SELECT r.id, r.ticket_id, r.agent_id, r.agent_key_version, a.encryption_public_key,"
          + " r.scope, r.team_key_version, r.reason, r.reason_team_key, r.reason_owner_key,"
          + " r.duration_seconds, r.status, r.requested_at, r.approved_scope, r.expires_at,"
          + " t.owner_id FROM support_access_requests r"
          + " JOIN support_tickets t ON t.id = r.ticket_id"
          + " LEFT JOIN accounts a ON a.id = r.agent_id";

  private AccessRows() {}

  static StoredAccess stored(ResultSet row) throws SQLException {
    AccessRequestView view =
        new AccessRequestView(
            row.getObject(1, UUID.class),
            row.getObject(2, UUID.class),
            row.getObject(3, UUID.class),
            row.getInt(4),
            row.getBytes(5),
            Scopes.read(row.getString(6)),
            row.getInt(7),
            new SealedItem(row.getBytes(8), row.getBytes(9), row.getBytes(10)),
            row.getLong(11),
            AccessStatus.valueOf(row.getString(12)),
            Sql.instant(row, "requested_at"),
            Scopes.read(row.getString(14)),
            Sql.instant(row, "expires_at"));
    return new StoredAccess(view, row.getObject(16, UUID.class));
  }

  /** An event about this request, with the scope it concerns (or none: a zero hash). */
  static SupportEvent event(
      EntryKind kind,
      UUID agent,
      AccessRequestView view,
      List<ScopeItem> scope,
      Instant expiresAt,
      Instant now) {
    byte[] hash = scope == null ? new byte[32] : SupportScope.hash(scope);
    long expires = expiresAt == null ? 0 : expiresAt.toEpochMilli();
    return new SupportEvent(
        kind, agent, view.ticketId(), view.requestId(), hash, now.toEpochMilli(), expires);
  }
}
