package org.aparte.benchmarks.document;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.aparte.client.document.PreparedDocument;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.EmbeddedDatabase;

/**
 * Upload and download throughput of one large document end to end (SDK encrypting while it uploads,
 * HTTP, the server streaming into the directory blob store, and back with verification and
 * decryption), against two baselines in the same run: the same bytes through the same server
 * routes, blob store and HTTP client with no encryption ({@link PlainTransfer}), and a plain copy
 * of the file on the same disk (no encryption, no HTTP). Also times the download designs not kept
 * ({@link DownloadCandidates}), in an order that rotates each round so that warm-up and the page
 * cache favour none. Run by {@code ./aparte bench document-throughput [bytes] [rounds]}. Each step
 * is reported in MiB/s of wall time and in CPU seconds per GiB of the whole process ({@link
 * Stopwatch}). The plain copy in is reported twice: as the page cache takes it, and forced to disk
 * as the blob store does before it acknowledges an upload.
 */
public final class DocumentThroughput {
  private static final List<String> COLUMNS =
      List.of(
          "upload",
          "download",
          "dl-subscriber",
          "dl-tmpfile",
          "http-up",
          "http-down",
          "copy-in",
          "copy-in+fsync",
          "copy-out");

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
      var steps = new Steps(rig, file, work.resolve("copy.bin"), data.blobs());
      System.out.printf(
          "file %.0f MiB, %d rounds; per round MiB/s (wall), then CPU s per GiB%n", mib, rounds);
      System.out.println("round " + String.join(" ", COLUMNS));
      for (int round = 1; round <= rounds; round++) {
        print(round, steps.round(round), mib);
      }
    } finally {
      try (var files = Files.walk(work)) {
        for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** One round's steps, each checked (the copies compared with the original). */
  private record Steps(DocumentRig rig, Path file, Path copy, Path blobs) {
    Stopwatch[] round(int round) throws Exception {
      var plain = new PlainTransfer(rig);
      var candidates = new DownloadCandidates(plain);
      long fileBytes = Files.size(file);
      Stopwatch[] times = new Stopwatch[COLUMNS.size()];
      var document = new AtomicReference<PreparedDocument>();
      times[0] = Stopwatch.time(() -> document.set(rig.send(file)));
      List<Integer> downloads = new ArrayList<>(List.of(1, 2, 3));
      Collections.rotate(downloads, round - 1);
      for (int column : downloads) {
        times[column] =
            switch (column) {
              case 1 -> Stopwatch.time(() -> rig.download(document.get().documentId(), copy));
              case 2 ->
                  Stopwatch.time(
                      () -> atLeast(fileBytes, candidates.subscriber(document.get(), copy)));
              default ->
                  Stopwatch.time(
                      () -> atLeast(fileBytes, candidates.viaTemporaryFile(document.get(), copy)));
            };
        if (column == 1) {
          requireEqual(file, copy);
        }
        Files.deleteIfExists(copy);
      }
      rig.documents.delete(rig.receipt, document.get().documentId());

      var plainId = new AtomicReference<UUID>();
      times[4] = Stopwatch.time(() -> plainId.set(plain.upload(file)));
      times[5] = Stopwatch.time(() -> plain.download(plainId.get(), copy));
      requireEqual(file, copy);
      Files.delete(copy);
      rig.documents.delete(rig.receipt, plainId.get());

      Path blob = blobs.resolve("plain.bin");
      times[6] = Stopwatch.time(() -> Files.copy(file, blob, StandardCopyOption.REPLACE_EXISTING));
      // The blob store forces its file to disk before answering; so does this column.
      Stopwatch force =
          Stopwatch.time(
              () -> {
                try (FileChannel channel = FileChannel.open(blob, StandardOpenOption.WRITE)) {
                  channel.force(true);
                }
              });
      times[7] =
          new Stopwatch(
              times[6].wallNanos() + force.wallNanos(), times[6].cpuNanos() + force.cpuNanos());
      times[8] = Stopwatch.time(() -> Files.copy(blob, copy, StandardCopyOption.REPLACE_EXISTING));
      Files.delete(blob);
      Files.delete(copy);
      return times;
    }
  }

  private static void print(int round, Stopwatch[] times, double mib) {
    StringBuilder rates = new StringBuilder(String.format("%5d", round));
    StringBuilder cpu = new StringBuilder("  cpu");
    double[] rate = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      int width = COLUMNS.get(i).length();
      rate[i] = times[i].mibPerSecond(mib);
      rates.append(String.format(" %" + width + ".0f", rate[i]));
      cpu.append(String.format(" %" + width + ".2f", times[i].cpuSecondsPerGib(mib)));
    }
    System.out.println(rates);
    System.out.println(cpu);
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
  }

  private static void atLeast(long expected, long written) {
    if (written < expected) {
      throw new IllegalStateException("a download candidate decrypted too few bytes");
    }
  }
}
