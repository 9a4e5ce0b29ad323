package org.aparte.benchmarks;

import java.io.InputStream;

/**
 * A large input that costs no memory: {@code length} bytes served by cycling over one small pattern
 * buffer, like a file read through a fixed-size page cache window.
 */
final class RepeatingInputStream extends InputStream {
  private final byte[] pattern;
  private final long length;
  private long position;

  RepeatingInputStream(byte[] pattern, long length) {
    this.pattern = pattern;
    this.length = length;
  }

  @Override
  public int read() {
    if (position == length) {
      return -1;
    }
    return pattern[(int) (position++ % pattern.length)] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    if (count == 0) {
      return 0;
    }
    if (position == length) {
      return -1;
    }
    int start = (int) (position % pattern.length);
    int n = (int) Math.min(Math.min(count, pattern.length - start), length - position);
    System.arraycopy(pattern, start, buffer, offset, n);
    position += n;
    return n;
  }
}
