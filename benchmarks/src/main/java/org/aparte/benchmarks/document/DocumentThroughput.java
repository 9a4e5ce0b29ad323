package org.aparte.benchmarks.document;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.EmbeddedDatabase;

/**
 * Upload and download throughput of one large document end to end (SDK encrypting while it uploads,
 * HTTP, the server streaming into the directory blob store, and back with verification and
 * decryption), against a plain copy of the same file on the same disk in the same run (no
 * encryption, no HTTP). Run by {@code ./aparte bench document-throughput [bytes] [rounds]}; each
 * round measures both, alternately, so load from other processes falls on both alike. The plain
 * copy in is reported twice: as the page cache takes it, and forced to disk as the blob store does
 * before it acknowledges an upload.
 */
public final class DocumentThroughput {
  private DocumentThroughput() {}

  public static void main(String[] args) throws Exception {
    long fileBytes = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("aparte-document-throughput");
    var data = new DataDirectory(work.resolve("data"));
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(data, 0, 4);
        Database database = Database.open(postgres.config());
        DocumentRig rig = new DocumentRig(database, data, fileBytes + (1 << 20))) {
      Path file = work.resolve("original.bin");
      DocumentMemoryCheck.write(file, fileBytes);
      double mib = fileBytes / 1048576.0;
      System.out.printf("file %.0f MiB, %d rounds; MiB/s per round%n", mib, rounds);
      System.out.println(
          "round  upload  download  plain-copy-in  plain-copy-in+fsync  plain-copy-out");
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        UUID documentId = rig.upload(file);
        long uploaded = System.nanoTime();
        Path copy = work.resolve("copy.bin");
        rig.download(documentId, copy);
        long downloaded = System.nanoTime();
        if (Files.mismatch(file, copy) != -1) {
          throw new IllegalStateException("the downloaded copy differs from the original");
        }
        Files.delete(copy);
        rig.documents.delete(rig.receipt, documentId);
        Path plain = data.blobs().resolve("plain.bin");
        long plainStart = System.nanoTime();
        Files.copy(file, plain, StandardCopyOption.REPLACE_EXISTING);
        long plainCopied = System.nanoTime();
        // The blob store forces its file to disk before answering; so does this column.
        try (FileChannel channel = FileChannel.open(plain, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        long plainIn = System.nanoTime();
        Files.copy(plain, copy, StandardCopyOption.REPLACE_EXISTING);
        long plainOut = System.nanoTime();
        Files.delete(plain);
        Files.delete(copy);
        System.out.printf(
            "%5d  %6.0f  %8.0f  %13.0f  %19.0f  %14.0f%n",
            round,
            rate(mib, start, uploaded),
            rate(mib, uploaded, downloaded),
            rate(mib, plainStart, plainCopied),
            rate(mib, plainStart, plainIn),
            rate(mib, plainIn, plainOut));
      }
    } finally {
      try (var files = Files.walk(work)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static double rate(double mib, long fromNanos, long toNanos) {
    return mib / ((toNanos - fromNanos) / 1e9);
  }
}
