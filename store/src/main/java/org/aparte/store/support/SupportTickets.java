package org.aparte.store.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.protocol.support.MessageRequest;
import org.aparte.protocol.support.MessageView;
import org.aparte.protocol.support.OpenTicketRequest;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.SealedItem;
import org.aparte.protocol.support.TicketRef;
import org.aparte.protocol.support.TicketView;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/** Tickets and their messages: ciphertext, opaque handles and times. */
public final class SupportTickets {
  private final Database database;

  public SupportTickets(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** False when a ticket with this id exists. */
  public boolean open(UUID ownerId, OpenTicketRequest request, Instant now) {
    return database.transaction(
        connection -> {
          if (ownerOf(connection, request.ticketId()).isPresent()) {
            return false;
          }
          SealedItem subject = request.subject();
          Sql.update(
              connection,
              "INSERT INTO support_tickets (id, owner_id, team_key_version, subject,"
                  + " subject_team_key, subject_owner_key, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)",
              request.ticketId(),
              ownerId,
              request.teamKeyVersion(),
              subject.ciphertext(),
              subject.teamKey(),
              subject.ownerKey(),
              now);
          for (TicketRef ref : request.refs()) {
            Sql.update(
                connection,
                "INSERT INTO support_ticket_refs (ticket_id, handle, kind) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING",
                request.ticketId(),
                ref.handle(),
                ref.kind().name());
          }
          return true;
        });
  }

  /** False when a message with this id exists. */
  public boolean addMessage(UUID ticketId, UUID agentId, MessageRequest message, Instant now) {
    return database.transaction(
        connection ->
            Sql.update(
                    connection,
                    "INSERT INTO support_messages (id, ticket_id, agent_id, team_key_version,"
                        + " body, body_team_key, body_owner_key, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    message.messageId(),
                    ticketId,
                    agentId,
                    message.teamKeyVersion(),
                    message.body().ciphertext(),
                    message.body().teamKey(),
                    message.body().ownerKey(),
                    now)
                == 1);
  }

  public Optional<UUID> ownerOf(UUID ticketId) {
    return database.transaction(Isolation.READ_COMMITTED, c -> ownerOf(c, ticketId));
  }

  static Optional<UUID> ownerOf(Connection connection, UUID ticketId) throws SQLException {
    return Sql.one(
        connection,
        "SELECT owner_id FROM support_tickets WHERE id = ?",
        row -> row.getObject(1, UUID.class),
        ticketId);
  }

  /** The kind of each record the owner offered to the ticket. */
  public List<TicketRef> refs(UUID ticketId) {
    return database.transaction(Isolation.READ_COMMITTED, c -> refs(c, ticketId));
  }

  private static List<TicketRef> refs(Connection connection, UUID ticketId) throws SQLException {
    return Sql.list(
        connection,
        "SELECT handle, kind FROM support_ticket_refs WHERE ticket_id = ? ORDER BY handle",
        row -> new TicketRef(row.getBytes(1), RefKind.valueOf(row.getString(2))),
        ticketId);
  }

  public Optional<TicketView> view(UUID ticketId) {
    return database.transaction(
        Isolation.SERIALIZABLE,
        connection -> {
          List<MessageView> messages =
              Sql.list(
                  connection,
                  "SELECT id, agent_id, team_key_version, body, body_team_key, body_owner_key,"
                      + " created_at FROM support_messages WHERE ticket_id = ?"
                      + " ORDER BY seq",
                  row ->
                      new MessageView(
                          row.getObject(1, UUID.class),
                          row.getObject(2, UUID.class),
                          row.getInt(3),
                          new SealedItem(row.getBytes(4), row.getBytes(5), row.getBytes(6)),
                          Sql.instant(row, "created_at")),
                  ticketId);
          List<TicketRef> refs = refs(connection, ticketId);
          return Sql.one(
              connection,
              "SELECT t.id, t.owner_id, a.encryption_public_key, t.team_key_version, t.subject,"
                  + " t.subject_team_key, t.subject_owner_key, t.created_at"
                  + " FROM support_tickets t JOIN accounts a ON a.id = t.owner_id WHERE t.id = ?",
              row -> ticket(row, refs, messages),
              ticketId);
        });
  }

  private static TicketView ticket(ResultSet row, List<TicketRef> refs, List<MessageView> messages)
      throws SQLException {
    return new TicketView(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        row.getBytes(3),
        row.getInt(4),
        new SealedItem(row.getBytes(5), row.getBytes(6), row.getBytes(7)),
        refs,
        messages,
        Sql.instant(row, "created_at"));
  }

  /** The owner's tickets (or, with null, every ticket: the agents' queue), newest first. */
  public List<UUID> list(UUID ownerOrNull) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection ->
            Sql.list(
                connection,
                "SELECT id FROM support_tickets WHERE (?::uuid IS NULL OR owner_id = ?::uuid)"
                    + " ORDER BY created_at DESC, id",
                row -> row.getObject(1, UUID.class),
                ownerOrNull,
                ownerOrNull));
  }
}
