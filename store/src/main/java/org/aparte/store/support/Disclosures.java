package org.aparte.store.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.DisclosureView;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.store.Database;
import org.aparte.transparency.EntryKind;

/**
 * The owner's decisions and the agent's reads. Each change is conditional on the row's state in the
 * same statement, and logged in the same transaction: a decision, a fetch or an end that is not in
 * the log did not happen.
 */
public final class Disclosures {
  private final Database database;

  public Disclosures(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** Stores the disclosure of a pending request; false when it is no longer pending. */
  public boolean approve(
      AccessRequestView request,
      List<ScopeItem> scope,
      Instant expiresAt,
      byte[] ciphertext,
      byte[] wrappedKey,
      Instant now) {
    return database.transaction(
        connection -> {
          int changed =
              Sql.update(
                  connection,
                  "UPDATE support_access_requests SET status = 'APPROVED', decided_at = ?,"
                      + " approved_scope = ?, expires_at = ?, disclosure = ?, disclosure_key = ?"
                      + " WHERE id = ? AND status = 'PENDING'",
                  now,
                  Scopes.write(scope),
                  expiresAt,
                  ciphertext,
                  wrappedKey,
                  request.requestId());
          return changed == 1
              && log(connection, EntryKind.SUPPORT_APPROVAL, request, scope, expiresAt, now);
        });
  }

  /** False when the request is no longer pending. */
  public boolean deny(AccessRequestView request, Instant now) {
    return database.transaction(
        connection ->
            Sql.update(
                        connection,
                        "UPDATE support_access_requests SET status = 'DENIED', decided_at = ?"
                            + " WHERE id = ? AND status = 'PENDING'",
                        now,
                        request.requestId())
                    == 1
                && log(connection, EntryKind.SUPPORT_DENIAL, request, request.scope(), null, now));
  }

  /** Ends a live disclosure and deletes its ciphertext; false when none is live. */
  public boolean revoke(AccessRequestView request, Instant now) {
    return database.transaction(
        connection ->
            Sql.update(
                        connection,
                        "UPDATE support_access_requests SET status = 'REVOKED',"
                            + " disclosure = NULL, disclosure_key = NULL"
                            + " WHERE id = ? AND status = 'APPROVED' AND expires_at > ?",
                        request.requestId(),
                        now)
                    == 1
                && log(
                    connection,
                    EntryKind.SUPPORT_REVOCATION,
                    request,
                    request.approvedScope(),
                    request.expiresAt(),
                    now));
  }

  /** The live disclosure for its own agent, with the fetch logged; empty once it has ended. */
  public Optional<DisclosureView> fetch(AccessRequestView request, Instant now) {
    return database.transaction(
        connection -> {
          Optional<DisclosureView> live =
              Sql.one(
                  connection,
                  "SELECT disclosure, disclosure_key FROM support_access_requests"
                      + " WHERE id = ? AND status = 'APPROVED' AND expires_at > ?"
                      + " AND disclosure IS NOT NULL",
                  row ->
                      new DisclosureView(
                          request.requestId(),
                          request.ticketId(),
                          request.agentId(),
                          request.approvedScope(),
                          request.expiresAt(),
                          row.getBytes(1),
                          row.getBytes(2)),
                  request.requestId(),
                  now);
          if (live.isPresent()) {
            log(
                connection,
                EntryKind.SUPPORT_FETCH,
                request,
                request.approvedScope(),
                request.expiresAt(),
                now);
          }
          return live;
        });
  }

  /**
   * The expiry job's one pass: deletes the ciphertext of every disclosure whose expiry has passed
   * and logs each expiry. A query on {@code expires_at}, so a restart loses nothing.
   *
   * @return how many disclosures ended
   */
  public int expire(Instant now) {
    return database.transaction(
        connection -> {
          List<StoredAccess> due =
              Sql.list(
                  connection,
                  AccessRows.SELECT
                      + " WHERE r.disclosure IS NOT NULL AND r.expires_at <= ? FOR UPDATE OF r",
                  AccessRows::stored,
                  now);
          for (StoredAccess access : due) {
            Sql.update(
                connection,
                "UPDATE support_access_requests SET status = 'EXPIRED', disclosure = NULL,"
                    + " disclosure_key = NULL WHERE id = ?",
                access.view().requestId());
            AccessRequestView view = access.view();
            log(
                connection,
                EntryKind.SUPPORT_EXPIRY,
                view,
                view.approvedScope(),
                view.expiresAt(),
                now);
          }
          return due.size();
        });
  }

  private static boolean log(
      Connection connection,
      EntryKind kind,
      AccessRequestView request,
      List<ScopeItem> scope,
      Instant expiresAt,
      Instant now)
      throws SQLException {
    SupportEventLog.append(
        connection, AccessRows.event(kind, request.agentId(), request, scope, expiresAt, now), now);
    return true;
  }
}
