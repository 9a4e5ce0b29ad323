package org.aparte.client.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.RawHttpServer;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document downloaded and decrypted over a real socket: a good file lands whole; a tampered or
 * cut one, a body shorter than announced, or a download interrupted midway leaves neither the
 * target nor a temporary file behind.
 */
class DocumentDownloadTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SEGMENT = 64 * 1024 + 16;
  private static final int HEADER = 41;

  @TempDir Path temp;
  private byte[] file;
  private byte[] ciphertext;
  private UUID id;
  private SecretBytes key;
  private DocumentMeta meta;
  private Path target;

  @BeforeEach
  void encrypt() throws Exception {
    file = new byte[300_000];
    new Random(11).nextBytes(file);
    Path source = Files.write(temp.resolve("source"), file);
    id = UUID.randomUUID();
    key = SecretBytes.random(32, RANDOM);
    meta = new DocumentMeta("f", "x/y", file.length, Instant.EPOCH, DocumentPadding.NONE);
    var blob = new ByteArrayOutputStream();
    try (var in = DocumentFiles.encryptor(source, id, key, meta, RANDOM, n -> {}).open()) {
      in.transferTo(blob);
    }
    ciphertext = blob.toByteArray();
    Files.createDirectory(temp.resolve("out"));
    target = temp.resolve("out").resolve("copy");
  }

  @Test
  void aGoodFileLandsWhole() throws Exception {
    try (var server = serving(ciphertext)) {
      decrypt(server, n -> {});
    }
    assertThat(Files.readAllBytes(target)).isEqualTo(file);
  }

  @Test
  void aFlippedByteMidStreamLeavesNothing() throws Exception {
    byte[] tampered = ciphertext.clone();
    tampered[HEADER + 2 * SEGMENT + 100] ^= 1;
    try (var server = serving(tampered)) {
      assertThatThrownBy(() -> decrypt(server, n -> {}))
          .isInstanceOf(TamperedDocumentException.class);
    }
    assertNothingLeft();
  }

  @Test
  void aFileCutAtASegmentBoundaryLeavesNothing() throws Exception {
    try (var server = serving(Arrays.copyOf(ciphertext, HEADER + 2 * SEGMENT))) {
      assertThatThrownBy(() -> decrypt(server, n -> {}))
          .isInstanceOf(TamperedDocumentException.class);
    }
    assertNothingLeft();
  }

  @Test
  void aBodyShorterThanAnnouncedLeavesNothing() throws Exception {
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(200, ciphertext.length));
              out.write(ciphertext, 0, ciphertext.length / 2);
            })) {
      assertThatThrownBy(() -> decrypt(server, n -> {}))
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(TamperedDocumentException.class);
    }
    assertNothingLeft();
  }

  /**
   * The thread is interrupted while the server holds the rest back; the server then sends the rest,
   * and the download stops at its next read instead of finishing.
   */
  @Test
  void anInterruptedDownloadLeavesNothing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    int half = ciphertext.length / 2;
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(200, ciphertext.length));
              out.write(ciphertext, 0, half);
              out.flush();
              awaitQuietly(release);
              out.write(ciphertext, half, ciphertext.length - half);
            })) {
      Thread download =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      decrypt(server, n -> started.countDown());
                      outcome.set(new AssertionError("the download finished"));
                    } catch (Throwable e) {
                      outcome.set(e);
                    }
                  });
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      download.interrupt();
      release.countDown();
      download.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(download.isAlive()).isFalse();
    }
    assertThat(outcome.get()).isInstanceOf(InterruptedIOException.class);
    assertNothingLeft();
  }

  private static RawHttpServer serving(byte[] body) throws IOException {
    return new RawHttpServer(
        out -> {
          out.write(RawHttpServer.head(200, body.length));
          out.write(body);
        });
  }

  /** As the SDK downloads a document: the response as a stream, decrypted on this thread. */
  private void decrypt(RawHttpServer server, java.util.function.LongConsumer progress)
      throws Exception {
    try (var in = new AnonymousTransport(server.base()).download("blob", Map.of())) {
      DocumentFiles.decrypt(in, id, key, meta, target, progress);
    }
  }

  private void assertNothingLeft() throws IOException {
    try (var files = Files.list(target.getParent())) {
      assertThat(files.toList()).isEmpty();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
