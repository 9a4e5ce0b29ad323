package org.aparte.benchmarks;

import java.io.OutputStream;

/** Discards what it is given and counts it, so a benchmark's output costs no memory. */
final class CountingOutputStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] buffer, int offset, int length) {
    count += length;
  }

  long count() {
    return count;
  }
}
