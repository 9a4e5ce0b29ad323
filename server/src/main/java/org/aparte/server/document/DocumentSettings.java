package org.aparte.server.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import org.aparte.blobstore.BlobId;
import org.aparte.blobstore.BlobStore;
import org.aparte.protocol.document.DocumentLimits;

/**
 * Where documents' encrypted bytes go, and the largest one accepted ({@code
 * APARTE_MAX_DOCUMENT_BYTES}, default 100 MiB, counted in ciphertext bytes).
 */
public record DocumentSettings(BlobStore blobs, long maxDocumentBytes) {
  public static final String MAX_BYTES_ENV = "APARTE_MAX_DOCUMENT_BYTES";

  public DocumentSettings {
    Objects.requireNonNull(blobs, "blobs");
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException(MAX_BYTES_ENV + " must be positive");
    }
  }

  public static DocumentSettings of(BlobStore blobs) {
    return new DocumentSettings(blobs, DocumentLimits.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public static DocumentSettings fromEnvironment(Map<String, String> env, BlobStore blobs) {
    String value = env.get(MAX_BYTES_ENV);
    if (value == null || value.isBlank()) {
      return of(blobs);
    }
    try {
      return new DocumentSettings(blobs, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_BYTES_ENV + " must be a whole number");
    }
  }

  /**
   * For a server built without a blob store (tests of other features): the document routes exist
   * and answer 503.
   */
  public static DocumentSettings unconfigured() {
    return of(new Unconfigured());
  }

  private static final class Unconfigured implements BlobStore {
    @Override
    public void put(BlobId id, InputStream content, long length) throws IOException {
      throw new IOException("no blob store configured");
    }

    @Override
    public InputStream get(BlobId id) throws IOException {
      throw new IOException("no blob store configured");
    }

    @Override
    public void delete(BlobId id) throws IOException {
      throw new IOException("no blob store configured");
    }

    @Override
    public boolean exists(BlobId id) throws IOException {
      throw new IOException("no blob store configured");
    }

    @Override
    public String describe() {
      return "none";
    }
  }
}
