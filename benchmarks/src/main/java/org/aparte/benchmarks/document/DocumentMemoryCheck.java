package org.aparte.benchmarks.document;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.EmbeddedDatabase;

/**
 * Shows that documents stream end to end: in one JVM with a small heap, the SDK encrypts a file
 * while uploading it, the server streams it into the directory blob store, then the SDK downloads,
 * verifies and decrypts it to disk; the peak heap in use is reported. Run by {@code ./aparte bench
 * document-memory} with a 64 MiB heap and a 64 MiB file: any layer holding the whole file would run
 * out of memory. PostgreSQL runs as a child process, outside this heap.
 */
public final class DocumentMemoryCheck {
  private DocumentMemoryCheck() {}

  public static void main(String[] args) throws Exception {
    long fileBytes = args.length > 0 ? Long.parseLong(args[0]) : 64L << 20;
    Path work = Files.createTempDirectory("aparte-document-memory");
    var data = new DataDirectory(work.resolve("data"));
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(data, 0, 4);
        Database database = Database.open(postgres.config());
        DocumentRig rig = new DocumentRig(database, data, fileBytes + (1 << 20))) {
      Path file = work.resolve("original.bin");
      write(file, fileBytes);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      UUID documentId = rig.upload(file);
      Path copy = work.resolve("copy.bin");
      rig.download(documentId, copy);
      boolean same = Files.mismatch(file, copy) == -1;
      System.out.printf(
          "document of %d MiB uploaded and downloaded through the server: copies %s,"
              + " peak heap used %.1f MiB of a %.0f MiB maximum%n",
          fileBytes >> 20,
          same ? "equal" : "DIFFERENT",
          peakHeap() / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
      if (!same) {
        System.exit(1);
      }
    } finally {
      try (var files = Files.walk(work)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  static void seed(
      Database database,
      UUID practiceId,
      EncryptionKeyPair key,
      UUID bookingId,
      byte[] cancelSecret) {
    database.transaction(
        connection -> {
          try (PreparedStatement practice =
              connection.prepareStatement(
                  "INSERT INTO practices (id, name, practitioners, specialty, address, postcode,"
                      + " city, latitude, longitude, languages, phone, time_zone, created_at)"
                      + " VALUES (?, 'Cabinet', ARRAY['Dr X'], 'general', '1 rue X', '75001',"
                      + " 'Paris', 48.86, 2.34, ARRAY['fr'], '0100000000', 'Europe/Paris', ?)")) {
            practice.setObject(1, practiceId);
            practice.setTimestamp(2, Timestamp.from(Instant.now()));
            practice.executeUpdate();
          }
          try (PreparedStatement keyRow =
              connection.prepareStatement(
                  "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                      + " VALUES (?, 1, ?, ?)")) {
            keyRow.setObject(1, practiceId);
            keyRow.setBytes(2, key.publicKey().encoded());
            keyRow.setTimestamp(3, Timestamp.from(Instant.now()));
            keyRow.executeUpdate();
          }
          // The document path reads only the booking's practice and cancel verifier.
          try (PreparedStatement booking =
              connection.prepareStatement(
                  "INSERT INTO bookings (id, practice_id, status, key_version, ciphertext,"
                      + " wrapped_key, cancel_verifier, request_hash, origin)"
                      + " VALUES (?, ?, 'CONFIRMED', 1, '\\x00', '\\x00', ?, '\\x00', 'PATIENT')")) {
            booking.setObject(1, bookingId);
            booking.setObject(2, practiceId);
            booking.setBytes(3, CancelVerifier.of(cancelSecret));
            booking.executeUpdate();
          }
          return null;
        });
  }

  static void write(Path file, long size) throws java.io.IOException {
    Random random = new Random(1);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = size; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    // On disk before the first measurement, so that its write-back does not compete with it.
    try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
