package org.aparte.store.log;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MalformedEntryException;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.WebBundleStatement;

/**
 * The hashes of the web bundles the server has served, in the log as {@link EntryKind#WEB_BUNDLE}
 * key entries (subject {@link EntryKind#WEB_BUNDLE_SUBJECT}): a bundle is logged the first time a
 * server serves it, so an auditor can tell a served bundle that the log never showed.
 */
public final class WebBundleLog {
  /** Serialises servers starting at once on the same database (pg_advisory_xact_lock key). */
  private static final long LOCK = 0x0a9a47e0b0d1e008L;

  private WebBundleLog() {}

  /**
   * Queues {@code statement} as the next version unless it is already the newest logged one;
   * returns the version it is logged under. Runs in the caller's transaction.
   */
  public static int logIfNew(Connection connection, WebBundleStatement statement, Instant now)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, LOCK);
      lock.executeQuery().close();
    }
    List<byte[]> leafHashes = leafHashes(connection);
    if (!leafHashes.isEmpty()) {
      Optional<WebBundleStatement> newest = statementOf(connection, leafHashes.getLast());
      if (newest.isPresent() && newest.get().equals(statement)) {
        return leafHashes.size();
      }
    }
    int version = leafHashes.size() + 1;
    KeyDirectoryLog.record(
        connection,
        EntryKind.WEB_BUNDLE,
        EntryKind.WEB_BUNDLE_SUBJECT,
        version,
        statement.encode(),
        now);
    return version;
  }

  private static List<byte[]> leafHashes(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT leaf_hash FROM log_key_directory WHERE kind = ? AND subject_id = ?"
                + " ORDER BY version")) {
      query.setShort(1, (short) EntryKind.WEB_BUNDLE.code());
      query.setObject(2, EntryKind.WEB_BUNDLE_SUBJECT);
      List<byte[]> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(row.getBytes(1));
        }
      }
      return out;
    }
  }

  /** The entry with this leaf hash, sequenced or still queued, read as a bundle statement. */
  private static Optional<WebBundleStatement> statementOf(Connection connection, byte[] leafHash)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT entry FROM log_entries WHERE leaf_hash = ?"
                + " UNION ALL SELECT entry FROM log_pending")) {
      query.setBytes(1, leafHash);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          byte[] entry = row.getBytes(1);
          if (MessageDigest.isEqual(TreeHashes.leafHash(entry), leafHash)) {
            return Optional.of(WebBundleStatement.decode(KeyEntry.decode(entry).publicKey()));
          }
        }
      }
    } catch (MalformedEntryException impossible) {
      throw new IllegalStateException("a logged web bundle entry does not decode", impossible);
    }
    return Optional.empty();
  }
}
