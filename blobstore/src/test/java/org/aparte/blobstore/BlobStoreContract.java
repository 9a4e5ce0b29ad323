package org.aparte.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} promises; each implementation's test runs all of it. */
abstract class BlobStoreContract {
  static final SecureRandom RANDOM = new SecureRandom();

  abstract BlobStore store();

  static byte[] bytes(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  static byte[] read(BlobStore store, BlobId id) throws IOException {
    try (InputStream in = store.get(id)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aBlobComesBackAsItWasPut() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    byte[] data = bytes(3 * 1024 * 1024 + 17, 1);
    store().put(id, new ByteArrayInputStream(data), data.length);
    assertThat(store().exists(id)).isTrue();
    assertThat(read(store(), id)).isEqualTo(data);
  }

  @Test
  void anEmptyBlobIsABlob() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    store().put(id, new ByteArrayInputStream(new byte[0]), 0);
    assertThat(read(store(), id)).isEmpty();
  }

  @Test
  void puttingTheSameIdAgainLeavesOneBlobWithTheLastContent() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    byte[] first = bytes(1000, 2);
    byte[] second = bytes(1000, 3);
    store().put(id, new ByteArrayInputStream(first), first.length);
    store().put(id, new ByteArrayInputStream(second), second.length);
    assertThat(read(store(), id)).isEqualTo(second);
  }

  @Test
  void aShortStreamStoresNothing() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    byte[] data = bytes(100, 4);
    assertThatThrownBy(() -> store().put(id, new ByteArrayInputStream(data), 101))
        .isInstanceOf(BlobLengthException.class);
    assertThat(store().exists(id)).isFalse();
  }

  @Test
  void aLongStreamStoresNothing() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    byte[] data = bytes(100, 5);
    assertThatThrownBy(() -> store().put(id, new ByteArrayInputStream(data), 99))
        .isInstanceOf(BlobLengthException.class);
    assertThat(store().exists(id)).isFalse();
  }

  @Test
  void aFailedRetryKeepsTheEarlierCompleteBlob() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    byte[] data = bytes(500, 6);
    store().put(id, new ByteArrayInputStream(data), data.length);
    assertThatThrownBy(
            () -> store().put(id, new ByteArrayInputStream(Arrays.copyOf(data, 10)), 500))
        .isInstanceOf(BlobLengthException.class);
    assertThat(read(store(), id)).isEqualTo(data);
  }

  @Test
  void deletingErasesAndIsIdempotent() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    store().put(id, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
    store().delete(id);
    assertThat(store().exists(id)).isFalse();
    assertThatThrownBy(() -> store().get(id)).isInstanceOf(BlobNotFoundException.class);
    store().delete(id);
  }

  @Test
  void aMissingBlobIsNotFound() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    assertThat(store().exists(id)).isFalse();
    assertThatThrownBy(() -> store().get(id)).isInstanceOf(BlobNotFoundException.class);
  }
}
