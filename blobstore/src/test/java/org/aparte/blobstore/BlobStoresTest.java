package org.aparte.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoresTest {
  @TempDir Path directory;

  @Test
  void theDefaultIsTheDirectoryGiven() throws IOException {
    BlobStore store = BlobStores.fromEnvironment(Map.of(), directory.resolve("blobs"));
    assertThat(store).isInstanceOf(DirectoryBlobStore.class);
    assertThat(((DirectoryBlobStore) store).root()).isEqualTo(directory.resolve("blobs"));
  }

  @Test
  void s3NeedsEachSettingAndNamesTheMissingOne() {
    var env =
        Map.of(
            BlobStores.KIND_ENV, "s3",
            S3Settings.ENDPOINT_ENV, "http://127.0.0.1:9000",
            S3Settings.ACCESS_KEY_ENV, "id",
            S3Settings.SECRET_KEY_ENV, "secret");
    assertThatThrownBy(() -> BlobStores.fromEnvironment(env, directory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(S3Settings.BUCKET_ENV)
        .hasMessageNotContaining("secret");
  }

  @Test
  void anUnknownKindIsRefused() {
    assertThatThrownBy(
            () -> BlobStores.fromEnvironment(Map.of(BlobStores.KIND_ENV, "ftp"), directory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BlobStores.KIND_ENV);
  }

  @Test
  void blobIdsAreRandomHexAndNothingElseIsAccepted() {
    BlobId one = BlobId.random(BlobStoreContract.RANDOM);
    assertThat(one.value()).matches("[0-9a-f]{32}");
    assertThat(BlobId.random(BlobStoreContract.RANDOM)).isNotEqualTo(one);
    assertThatThrownBy(() -> new BlobId("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
