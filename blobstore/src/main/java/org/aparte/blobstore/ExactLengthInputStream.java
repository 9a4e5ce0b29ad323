package org.aparte.blobstore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes exactly {@code length} bytes through; a source that ends early or has more raises {@link
 * BlobLengthException} instead of a silent short or cut blob. The check for "more" happens before
 * the last bytes are handed out, so an uploader that sees the exception has not yet sent the final
 * byte of its declared length, and the store never completes the object.
 */
final class ExactLengthInputStream extends FilterInputStream {
  private long remaining;
  private boolean failed;

  ExactLengthInputStream(InputStream in, long length) {
    super(in);
    if (length < 0) {
      throw new IllegalArgumentException("a length is not negative");
    }
    this.remaining = length;
  }

  /** Whether a length mismatch was detected (some callers see it only wrapped). */
  boolean failed() {
    return failed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (remaining == 0) {
      return -1;
    }
    int n = in.read(buffer, offset, (int) Math.min(length, remaining));
    if (n < 0) {
      throw mismatch();
    }
    remaining -= n;
    if (remaining == 0 && in.read() >= 0) {
      throw mismatch();
    }
    return n;
  }

  private BlobLengthException mismatch() {
    failed = true;
    return new BlobLengthException();
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("an upload is read in full");
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
