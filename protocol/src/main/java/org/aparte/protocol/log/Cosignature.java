package org.aparte.protocol.log;

import org.aparte.protocol.Check;

/**
 * A witness's co-signature of a tree head: Ed25519 by {@code witnessPublicKey} (its 34-byte
 * encoding) over the 49-byte tree head, in the {@code tree-head-cosign} signature context.
 */
public record Cosignature(byte[] witnessPublicKey, byte[] cosignature) {
  public Cosignature {
    Check.bytes("witnessPublicKey", witnessPublicKey, 34, 34);
    Check.bytes("cosignature", cosignature, 64, 64);
  }
}
