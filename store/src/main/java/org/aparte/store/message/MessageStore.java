package org.aparte.store.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of messages. Every method runs inside the caller's transaction; none commits. */
public final class MessageStore {
  private static final String COLUMNS = "seq, id, thread_id, practice_id, sender, ciphertext";

  private MessageStore() {}

  /** Inserts the message unless its id exists; returns whether it did. */
  public static boolean insert(Connection connection, StoredMessage message) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO messages (id, thread_id, practice_id, sender, ciphertext)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      insert.setObject(1, message.id());
      insert.setBytes(2, message.threadId());
      insert.setObject(3, message.practiceId());
      insert.setString(4, message.sender());
      insert.setBytes(5, message.ciphertext());
      return insert.executeUpdate() == 1;
    }
  }

  public static Optional<StoredMessage> find(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM messages WHERE id = ?")) {
      query.setObject(1, id);
      List<StoredMessage> found = read(query);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }
  }

  /** The practice a thread is with, if the thread has any message. */
  public static Optional<UUID> practiceOf(Connection connection, byte[] threadId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT practice_id FROM messages WHERE thread_id = ? ORDER BY seq LIMIT 1")) {
      query.setBytes(1, threadId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  /** Up to {@code limit} messages of the thread with {@code seq > after}, oldest first. */
  public static List<StoredMessage> page(
      Connection connection, byte[] threadId, long after, int limit) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM messages WHERE thread_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
      query.setBytes(1, threadId);
      query.setLong(2, after);
      query.setInt(3, limit);
      return read(query);
    }
  }

  private static List<StoredMessage> read(PreparedStatement query) throws SQLException {
    List<StoredMessage> messages = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        messages.add(
            new StoredMessage(
                rows.getLong(1),
                rows.getObject(2, UUID.class),
                rows.getBytes(3),
                rows.getObject(4, UUID.class),
                rows.getString(5),
                rows.getBytes(6)));
      }
    }
    return messages;
  }
}
