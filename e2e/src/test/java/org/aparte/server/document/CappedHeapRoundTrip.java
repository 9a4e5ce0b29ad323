package org.aparte.server.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.aparte.blobstore.BlobStore;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.store.Database;
import org.aparte.store.testing.PlaceholderRows;
import org.aparte.store.testing.TestPostgres;

/**
 * The proof that documents stream: a 500 MB file goes up and comes back through a real
 * server into a blob store, while the client SDK runs in a child JVM ({@link CappedHeapClient})
 * capped at {@value #CLIENT_HEAP}. Any layer of the client holding the file (or a large share of
 * it) would die of OutOfMemoryError. The copy is compared with the original by SHA-256 (the source
 * is pseudo-random from a fixed seed, streamed to disk, never held in memory either).
 */
final class CappedHeapRoundTrip implements AutoCloseable {
  static final long SIZE = 500L * 1000 * 1000;
  static final String CLIENT_HEAP = "-Xmx256m";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path temp;
  private final Database database;
  private final Path source;
  private final byte[] sourceDigest;

  /** Writes the source file into {@code temp} and opens a fresh database. */
  CappedHeapRoundTrip(Path temp) throws IOException {
    this.temp = temp;
    this.database = TestPostgres.openFreshDatabase();
    this.source = temp.resolve("source.bin");
    MessageDigest digest = sha256();
    SplittableRandom random = new SplittableRandom(20261122L);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(source), digest)) {
      for (long left = SIZE; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    this.sourceDigest = digest.digest();
  }

  @Override
  public void close() throws IOException {
    database.close();
    Files.deleteIfExists(source);
  }

  /** Uploads and downloads through a server over {@code store}; asserts the copy is the same. */
  void run(BlobStore store, String name) throws Exception {
    EncryptionKeyPair practiceKey = EncryptionKeyPair.generate(RANDOM);
    UUID practiceId = UUID.randomUUID();
    UUID bookingId = UUID.randomUUID();
    byte[] cancelSecret = bytes(32);
    seed(practiceId, practiceKey, bookingId, cancelSecret);
    Path copy = temp.resolve(name + "-copy.bin");
    Path output = temp.resolve(name + "-client.log");
    try (AparteServer server =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                database,
                Clock.systemUTC(),
                ServerSettings.defaults().withDocuments(new DocumentSettings(store, SIZE * 2)))
            .server()
            .start()) {
      Base64.Encoder b64 = Base64.getEncoder();
      Process client =
          new ProcessBuilder(
                  command(
                      server.url(),
                      practiceId.toString(),
                      b64.encodeToString(practiceKey.publicKey().encoded()),
                      bookingId.toString(),
                      b64.encodeToString(bytes(32)),
                      b64.encodeToString(cancelSecret),
                      source.toString(),
                      copy.toString()))
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      boolean ended = client.waitFor(5, TimeUnit.MINUTES);
      if (!ended) {
        client.destroyForcibly();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(ended).as("the client finished").isTrue();
      assertThat(client.exitValue()).as(log).isZero();
      assertThat(log).contains("max-heap ").doesNotContain("OutOfMemoryError");
      assertThat(maxHeap(log)).isLessThanOrEqualTo(256L * 1024 * 1024);
      assertThat(Files.size(copy)).isEqualTo(SIZE);
      assertThat(digest(copy)).isEqualTo(sourceDigest);
    } finally {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(output);
    }
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add(CLIENT_HEAP);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CappedHeapClient.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static long maxHeap(String log) {
    return log.lines()
        .filter(line -> line.startsWith("max-heap "))
        .mapToLong(line -> Long.parseLong(line.substring("max-heap ".length()).strip()))
        .findFirst()
        .orElseThrow();
  }

  private static byte[] digest(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The document path reads only the booking's practice and cancel verifier. */
  private void seed(UUID practiceId, EncryptionKeyPair key, UUID bookingId, byte[] cancelSecret) {
    PlaceholderRows.practiceWithBooking(
        database,
        practiceId,
        key.publicKey().encoded(),
        bookingId,
        CancelVerifier.of(cancelSecret));
  }
}
