package org.aparte.blobstore;

import java.io.IOException;

/** No blob has the requested id (never stored, or erased). */
public final class BlobNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  public BlobNotFoundException() {
    super("no such blob");
  }
}
