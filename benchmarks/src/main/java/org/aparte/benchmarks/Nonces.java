package org.aparte.benchmarks;

/** Distinct 12-byte GCM nonces for the raw baselines (the JDK refuses an immediate reuse). */
final class Nonces {
  private final byte[] nonce = new byte[12];
  private long counter;

  /** The next nonce, written into one reused array (GCMParameterSpec copies it). */
  byte[] next() {
    return at(++counter);
  }

  byte[] at(long value) {
    for (int i = 0; i < 8; i++) {
      nonce[11 - i] = (byte) (value >>> (8 * i));
    }
    return nonce;
  }
}
