package org.aparte.store.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of documents. Every method runs inside the caller's transaction; none commits. */
public final class DocumentStore {
  private static final String COLUMNS =
      "id, practice_id, booking_id, direction, key_version, wrapped_key, booking_key, metadata,"
          + " blob_id, blob_size, request_hash, uploaded";

  private DocumentStore() {}

  /**
   * Inserts the row, or does nothing when the id exists.
   *
   * @return whether this call inserted it
   */
  public static boolean insert(Connection connection, StoredDocument document) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO documents ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      insert.setObject(1, document.id());
      insert.setObject(2, document.practiceId());
      insert.setObject(3, document.bookingId());
      insert.setString(4, document.direction());
      insert.setInt(5, document.keyVersion());
      insert.setBytes(6, document.wrappedKey());
      insert.setBytes(7, document.bookingKey());
      insert.setBytes(8, document.metadata());
      insert.setString(9, document.blobId());
      insert.setLong(10, document.blobSize());
      insert.setBytes(11, document.requestHash());
      insert.setBoolean(12, document.uploaded());
      return insert.executeUpdate() == 1;
    }
  }

  public static Optional<StoredDocument> find(Connection connection, UUID id) throws SQLException {
    List<StoredDocument> found = query(connection, "id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<StoredDocument> ofPractice(Connection connection, UUID practiceId)
      throws SQLException {
    return query(connection, "practice_id = ?", practiceId);
  }

  public static List<StoredDocument> ofBooking(Connection connection, UUID bookingId)
      throws SQLException {
    return query(connection, "booking_id = ?", bookingId);
  }

  public static void markUploaded(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE documents SET uploaded = true WHERE id = ?")) {
      update.setObject(1, id);
      update.executeUpdate();
    }
  }

  public static void delete(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM documents WHERE id = ?")) {
      delete.setObject(1, id);
      delete.executeUpdate();
    }
  }

  private static List<StoredDocument> query(Connection connection, String where, UUID key)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM documents WHERE " + where + " ORDER BY id")) {
      query.setObject(1, key);
      List<StoredDocument> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(
              new StoredDocument(
                  row.getObject(1, UUID.class),
                  row.getObject(2, UUID.class),
                  row.getObject(3, UUID.class),
                  row.getString(4),
                  row.getInt(5),
                  row.getBytes(6),
                  row.getBytes(7),
                  row.getBytes(8),
                  row.getString(9),
                  row.getLong(10),
                  row.getBytes(11),
                  row.getBoolean(12)));
        }
      }
      return out;
    }
  }
}
