package org.aparte.blobstore;

import java.io.IOException;

/**
 * An upload's stream was shorter or longer than the length declared for it; nothing was stored. An
 * {@link IOException} so it can travel out of the stream that detects it.
 */
public final class BlobLengthException extends IOException {
  private static final long serialVersionUID = 1L;

  public BlobLengthException() {
    super("the blob's stream did not have the declared length");
  }
}
