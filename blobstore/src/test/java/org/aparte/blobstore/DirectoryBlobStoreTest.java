package org.aparte.blobstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryBlobStoreTest extends BlobStoreContract {
  @TempDir Path directory;
  private DirectoryBlobStore store;

  @BeforeEach
  void open() throws IOException {
    store = DirectoryBlobStore.open(directory.resolve("blobs"));
  }

  @Override
  BlobStore store() {
    return store;
  }

  @Test
  void aBlobIsOneFileNamedByItsIdAndNoTemporaryIsLeft() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    store.put(id, new ByteArrayInputStream(new byte[] {9}), 1);
    try (var files = Files.list(store.root())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(id.value(), ".incoming");
    }
    try (var incoming = Files.list(store.root().resolve(".incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }

  @Test
  void reopeningClearsInterruptedUploads() throws IOException {
    Path stray = store.root().resolve(".incoming").resolve("stray");
    Files.write(stray, new byte[] {1});
    DirectoryBlobStore.open(store.root());
    assertThat(stray).doesNotExist();
  }
}
