package org.aparte.leaktest;

/** One byte pattern to search for: a canary in one encoding. */
public record Needle(Canary canary, String encoding, byte[] bytes) {
  public Needle {
    bytes = bytes.clone();
    if (bytes.length < 2) {
      throw new IllegalArgumentException("needles are at least two bytes long");
    }
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  byte[] raw() {
    return bytes;
  }
}
