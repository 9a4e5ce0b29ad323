package org.aparte.client.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.aparte.protocol.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPaddingTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  @TempDir Path temp;

  @Test
  void everyDocumentOfOneSegmentOrLessHasTheSameSize() {
    assertThat(DocumentPadding.padded(0)).isEqualTo(DocumentPadding.FLOOR);
    assertThat(DocumentPadding.padded(1)).isEqualTo(DocumentPadding.FLOOR);
    assertThat(DocumentPadding.padded(DocumentPadding.FLOOR)).isEqualTo(DocumentPadding.FLOOR);
    assertThat(DocumentPadding.padded(DocumentPadding.FLOOR + 1))
        .isGreaterThan(DocumentPadding.FLOOR);
  }

  @Test
  void paddingCoversTheSizeCostsAtMostOneThirtySecondAndIsABucket() {
    Trials.forAll(
        2000,
        random -> {
          long size = DocumentPadding.FLOOR + (long) (random.nextDouble() * 2_000_000_000L);
          long padded = DocumentPadding.padded(size);
          assertThat(padded).isGreaterThanOrEqualTo(size);
          assertThat((double) (padded - size) / size).isLessThanOrEqualTo(1.0 / 32);
          assertThat(DocumentPadding.padded(padded)).isEqualTo(padded);
          assertThat(DocumentPadding.padded(size + 1)).isGreaterThanOrEqualTo(padded);
        });
  }

  @Test
  void aPowerOfTwoBandHoldsFewBuckets() {
    Set<Long> buckets = new HashSet<>();
    long from = 64L * 1024 * 1024;
    for (long size = from; size < 2 * from; size += 4099) {
      buckets.add(DocumentPadding.padded(size));
    }
    // E = 26 here: Padmé rounds to multiples of 2^(26 - 5): 64 MiB itself, then 32 steps of 2 MiB
    // up to 128 MiB (the next band's first size).
    assertThat(buckets).hasSize(33);
  }

  @Test
  void aPaddedDocumentDecryptsToTheFileAlone() throws Exception {
    byte[] file = Trials.bytes(new java.util.Random(7), 100_001);
    Path source = Files.write(temp.resolve("f"), file);
    var meta = new DocumentMeta("f", "x/y", file.length, Instant.EPOCH, DocumentPadding.PADME);
    UUID id = UUID.randomUUID();
    SecretBytes key = SecretBytes.random(32, RANDOM);
    var blob = new ByteArrayOutputStream();
    try (var in = DocumentFiles.encryptor(source, id, key, meta, RANDOM, n -> {}).open()) {
      in.transferTo(blob);
    }

    assertThat((long) blob.size())
        .isEqualTo(DocumentFiles.encryptedSize(DocumentPadding.padded(file.length)));
    Path copy = temp.resolve("copy");
    DocumentFiles.decrypt(
        new ByteArrayInputStream(blob.toByteArray()), id, key, meta, copy, n -> {});
    assertThat(Files.readAllBytes(copy)).isEqualTo(file);
  }

  @Test
  void aDocumentSentBeforePaddingStillReadsAndItsMetadataParses() throws Exception {
    byte[] file = Trials.bytes(new java.util.Random(8), 70_000);
    Path source = Files.write(temp.resolve("old"), file);
    DocumentMeta old =
        Json.mapper()
            .readValue(
                "{\"fileName\":\"old\",\"mediaType\":\"x/y\",\"size\":70000,"
                    + "\"sentAt\":\"2026-01-01T00:00:00Z\"}",
                DocumentMeta.class);
    assertThat(old.padding()).isEqualTo(DocumentPadding.NONE);
    UUID id = UUID.randomUUID();
    SecretBytes key = SecretBytes.random(32, RANDOM);
    var blob = new ByteArrayOutputStream();
    try (var in = DocumentFiles.encryptor(source, id, key, old, RANDOM, n -> {}).open()) {
      in.transferTo(blob);
    }
    assertThat((long) blob.size()).isEqualTo(DocumentFiles.encryptedSize(file.length));

    Path copy = temp.resolve("old-copy");
    DocumentFiles.decrypt(
        new ByteArrayInputStream(blob.toByteArray()), id, key, old, copy, n -> {});
    assertThat(Files.readAllBytes(copy)).isEqualTo(file);
  }

  @Test
  void anUnpaddedStreamUnderPaddedMetadataIsRefused() throws Exception {
    byte[] file = new byte[1000];
    Path source = Files.write(temp.resolve("short"), file);
    UUID id = UUID.randomUUID();
    SecretBytes key = SecretBytes.random(32, RANDOM);
    var unpadded = new DocumentMeta("s", "x/y", 1000, Instant.EPOCH, DocumentPadding.NONE);
    var blob = new ByteArrayOutputStream();
    try (var in = DocumentFiles.encryptor(source, id, key, unpadded, RANDOM, n -> {}).open()) {
      in.transferTo(blob);
    }

    var padded = new DocumentMeta("s", "x/y", 1000, Instant.EPOCH, DocumentPadding.PADME);
    Path copy = temp.resolve("never");
    assertThatThrownBy(
            () ->
                DocumentFiles.decrypt(
                    new ByteArrayInputStream(blob.toByteArray()), id, key, padded, copy, n -> {}))
        .isInstanceOf(TamperedDocumentException.class);
    assertThat(copy).doesNotExist();
  }
}
