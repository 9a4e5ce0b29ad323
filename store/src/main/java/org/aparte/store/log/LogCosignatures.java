package org.aparte.store.log;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/** Witnesses' co-signatures of published tree heads; the caller verifies before it stores. */
public final class LogCosignatures {
  /** One witness's co-signature of one head. */
  public record Cosignature(byte[] witnessKey, byte[] cosignature) {}

  /** A published head and the co-signatures stored for it. */
  public record CosignedHead(SignedTreeHead head, List<Cosignature> cosignatures) {}

  private final Database database;

  public LogCosignatures(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** Stores a co-signature (a repeat of a stored one changes nothing). */
  public void add(long treeSize, byte[] witnessKey, byte[] cosignature) {
    database.transaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO log_cosignatures (tree_size, witness_key, cosignature)"
                      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, treeSize);
            insert.setBytes(2, witnessKey);
            insert.setBytes(3, cosignature);
            return insert.executeUpdate();
          }
        });
  }

  /** The published head of exactly {@code treeSize}, if there is one. */
  public Optional<SignedTreeHead> head(long treeSize) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT root_hash, timestamp_ms, signature FROM log_tree_heads"
                      + " WHERE tree_size = ?")) {
            query.setLong(1, treeSize);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new SignedTreeHead(
                      new TreeHead(treeSize, row.getBytes(1), row.getLong(2)), row.getBytes(3)));
            }
          }
        });
  }

  /** The newest head {@code witnessKey} co-signed, with every co-signature of that head. */
  public Optional<CosignedHead> newestCosignedBy(byte[] witnessKey) {
    Optional<Long> size =
        database.transaction(
            Isolation.READ_COMMITTED,
            connection -> {
              try (PreparedStatement query =
                  connection.prepareStatement(
                      "SELECT max(tree_size) FROM log_cosignatures WHERE witness_key = ?")) {
                query.setBytes(1, witnessKey);
                try (ResultSet row = query.executeQuery()) {
                  row.next();
                  long found = row.getLong(1);
                  return row.wasNull() ? Optional.<Long>empty() : Optional.of(found);
                }
              }
            });
    if (size.isEmpty()) {
      return Optional.empty();
    }
    return head(size.get()).map(head -> new CosignedHead(head, of(size.get())));
  }

  /** Every co-signature stored for the head of {@code treeSize}. */
  public List<Cosignature> of(long treeSize) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT witness_key, cosignature FROM log_cosignatures WHERE tree_size = ?"
                      + " ORDER BY witness_key")) {
            query.setLong(1, treeSize);
            List<Cosignature> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(new Cosignature(row.getBytes(1), row.getBytes(2)));
              }
            }
            return out;
          }
        });
  }
}
