package org.aparte.cli.log;

import org.aparte.transparency.SignedTreeHead;

/**
 * {@code log-trust.json} in the profile: the log key pinned on first contact with a server, the
 * newest tree head verified since (null until one is), and the witness whose co-signature every
 * head needs (null: none required; set by {@code aparte trust-witness}).
 */
public record LogTrustFile(
    String server,
    byte[] logPublicKey,
    Long treeSize,
    byte[] rootHash,
    Long timestampMillis,
    byte[] signature,
    byte[] requiredWitness) {
  public LogTrustFile withHead(SignedTreeHead head) {
    return new LogTrustFile(
        server,
        logPublicKey,
        head.head().size(),
        head.head().rootHash(),
        head.head().timestampMillis(),
        head.signature(),
        requiredWitness);
  }

  public LogTrustFile withRequiredWitness(byte[] witness) {
    return new LogTrustFile(
        server, logPublicKey, treeSize, rootHash, timestampMillis, signature, witness);
  }
}
