package org.aparte.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes and fails as soon as the source has more, so an oversized body
 * (chunked, or with a lying Content-Length) is refused after limit + 1 bytes, not buffered.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // Never ask for more than one byte past the limit.
    long allowed = limit + 1 - count;
    int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, allowed)));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit + 1 - count));
    count(skipped);
    return skipped;
  }

  private void count(long n) throws BodyTooLargeException {
    count += n;
    if (count > limit) {
      throw new BodyTooLargeException();
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Raised from inside a read, so the JSON parser stops at once. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body over the limit", null);
    }
  }
}
