package org.aparte.transparency;

import java.util.Arrays;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.sign.Signatures;

/** A tree head with the log's Ed25519 signature over its encoding, in the tree-head context. */
public record SignedTreeHead(TreeHead head, byte[] signature) {
  public SignedTreeHead {
    if (head == null || signature == null) {
      throw new IllegalArgumentException("a signed tree head has a head and a signature");
    }
    signature = signature.clone();
  }

  public static SignedTreeHead sign(TreeHead head, SigningKeyPair logKey) {
    return new SignedTreeHead(
        head, Signatures.sign(logKey, LogSignatures.TREE_HEAD, head.encode()));
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** Returns normally only if the log's key signed exactly this head. */
  public void verify(SigningPublicKey logKey) throws TreeHeadSignatureException {
    try {
      Signatures.verify(logKey, LogSignatures.TREE_HEAD, head.encode(), signature);
    } catch (InvalidSignatureException invalid) {
      throw new TreeHeadSignatureException(
          "tree head of size " + head.size() + ": not signed by the pinned log key", invalid);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedTreeHead signed
        && head.equals(signed.head)
        && Arrays.equals(signature, signed.signature);
  }

  @Override
  public int hashCode() {
    return head.hashCode();
  }

  @Override
  public String toString() {
    return "Signed" + head;
  }
}
