package org.aparte.client.log;

import org.aparte.transparency.SignedTreeHead;

/** A tree head and one witness's co-signature of it, as the server gave them (unverified). */
public record CosignedHead(SignedTreeHead head, byte[] cosignature) {
  public CosignedHead {
    cosignature = cosignature.clone();
  }

  @Override
  public byte[] cosignature() {
    return cosignature.clone();
  }
}
