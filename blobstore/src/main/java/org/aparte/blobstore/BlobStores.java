package org.aparte.blobstore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Picks the blob store from {@code APARTE_BLOB_STORE}: {@code directory} (the default: {@code
 * defaultDirectory}, i.e. {@code <data-dir>/blobs}) or {@code s3} (see {@link S3Settings}).
 */
public final class BlobStores {
  public static final String KIND_ENV = "APARTE_BLOB_STORE";

  private BlobStores() {}

  public static BlobStore fromEnvironment(Map<String, String> env, Path defaultDirectory)
      throws IOException {
    String kind = env.getOrDefault(KIND_ENV, "").strip();
    return switch (kind) {
      case "", "directory" -> DirectoryBlobStore.open(defaultDirectory);
      case "s3" -> S3BlobStore.open(S3Settings.fromEnvironment(env));
      default -> throw new IllegalArgumentException(KIND_ENV + " must be 'directory' or 's3'");
    };
  }
}
