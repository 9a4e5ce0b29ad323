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
 * decryption), against two baselines in the same run: the same bytes through the same server
 * routes, blob store and HTTP client with no encryption ({@link PlainTransfer}), and a plain copy
 * of the file on the same disk (no encryption, no HTTP). Also times the download designs not kept
 * ({@link DownloadCandidates}). Run by {@code ./aparte bench document-throughput [bytes] [rounds]};
 * each round measures everything, one after the other, so load from other processes falls on all
 * alike. The plain copy in is reported twice: as the page cache takes it, and forced to disk as the
 * blob store does before it acknowledges an upload.
 */
public final class DocumentThroughput {
  private static final String[] COLUMNS = {
    "upload",
    "download",
    "dl-instream",
    "dl-tmpfile",
    "http-up",
    "http-down",
    "copy-in",
    "copy-in+fsync",
    "copy-out"
  };

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
      var plain = new PlainTransfer(rig);
      var candidates = new DownloadCandidates(plain);
      System.out.printf("file %.0f MiB, %d rounds; MiB/s per round%n", mib, rounds);
      System.out.println("round " + String.join(" ", COLUMNS));
      for (int round = 1; round <= rounds; round++) {
        double[] rate = new double[COLUMNS.length];
        Path copy = work.resolve("copy.bin");
        long t0 = System.nanoTime();
        var document = rig.send(file);
        long t1 = System.nanoTime();
        rig.download(document.documentId(), copy);
        long t2 = System.nanoTime();
        requireEqual(file, copy);
        rate[0] = rate(mib, t0, t1);
        rate[1] = rate(mib, t1, t2);

        t0 = System.nanoTime();
        requireAtLeast(fileBytes, candidates.inputStream(document, copy));
        rate[2] = rate(mib, t0, System.nanoTime());
        Files.delete(copy);
        t0 = System.nanoTime();
        requireAtLeast(fileBytes, candidates.viaTemporaryFile(document, copy));
        rate[3] = rate(mib, t0, System.nanoTime());
        Files.delete(copy);
        rig.documents.delete(rig.receipt, document.documentId());

        t0 = System.nanoTime();
        UUID plainId = plain.upload(file);
        t1 = System.nanoTime();
        plain.download(plainId, copy);
        t2 = System.nanoTime();
        requireEqual(file, copy);
        rig.documents.delete(rig.receipt, plainId);
        rate[4] = rate(mib, t0, t1);
        rate[5] = rate(mib, t1, t2);

        Path blob = data.blobs().resolve("plain.bin");
        t0 = System.nanoTime();
        Files.copy(file, blob, StandardCopyOption.REPLACE_EXISTING);
        t1 = System.nanoTime();
        // The blob store forces its file to disk before answering; so does this column.
        try (FileChannel channel = FileChannel.open(blob, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        t2 = System.nanoTime();
        Files.copy(blob, copy, StandardCopyOption.REPLACE_EXISTING);
        long t3 = System.nanoTime();
        Files.delete(blob);
        Files.delete(copy);
        rate[6] = rate(mib, t0, t1);
        rate[7] = rate(mib, t0, t2);
        rate[8] = rate(mib, t2, t3);
        print(round, rate);
      }
    } finally {
      try (var files = Files.walk(work)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static void print(int round, double[] rate) {
    StringBuilder line = new StringBuilder(String.format("%5d", round));
    for (int i = 0; i < rate.length; i++) {
      line.append(String.format(" %" + COLUMNS[i].length() + ".0f", rate[i]));
    }
    System.out.println(line);
    System.out.printf(
        "      ratios: upload/http-up %.2f, upload/copy-in+fsync %.2f, upload/copy-in %.2f;"
            + " download/http-down %.2f, download/copy-out %.2f%n",
        rate[0] / rate[4],
        rate[0] / rate[7],
        rate[0] / rate[6],
        rate[1] / rate[5],
        rate[1] / rate[8]);
  }

  private static void requireEqual(Path original, Path copy) throws java.io.IOException {
    if (Files.mismatch(original, copy) != -1) {
      throw new IllegalStateException("the downloaded copy differs from the original");
    }
    Files.delete(copy);
  }

  private static void requireAtLeast(long expected, long written) {
    if (written < expected) {
      throw new IllegalStateException("a download candidate decrypted too few bytes");
    }
  }

  private static double rate(double mib, long fromNanos, long toNanos) {
    return mib / ((toNanos - fromNanos) / 1e9);
  }
}
