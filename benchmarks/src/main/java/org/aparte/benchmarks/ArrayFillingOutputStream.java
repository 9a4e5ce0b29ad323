package org.aparte.benchmarks;

import java.io.OutputStream;

/** Writes into a preallocated array of the exact final size, so setup needs no second copy. */
final class ArrayFillingOutputStream extends OutputStream {
  private final byte[] target;
  private int position;

  ArrayFillingOutputStream(byte[] target) {
    this.target = target;
  }

  @Override
  public void write(int b) {
    target[position++] = (byte) b;
  }

  @Override
  public void write(byte[] buffer, int offset, int length) {
    System.arraycopy(buffer, offset, target, position, length);
    position += length;
  }
}
