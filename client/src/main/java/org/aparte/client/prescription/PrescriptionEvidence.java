package org.aparte.client.prescription;

import java.util.List;
import java.util.Objects;
import org.aparte.transparency.SignedTreeHead;

/**
 * Everything a pharmacist needs to check a prescription offline, given only the log's public key:
 * the signed encoding and its signature, the log entry of the signer's key (which holds the key),
 * that entry's inclusion proof, and the signed tree head the proof leads to.
 */
public record PrescriptionEvidence(
    byte[] encoded,
    byte[] signature,
    byte[] keyEntry,
    long leafIndex,
    List<byte[]> path,
    SignedTreeHead treeHead) {
  public PrescriptionEvidence {
    Objects.requireNonNull(treeHead, "treeHead");
    encoded = encoded.clone();
    signature = signature.clone();
    keyEntry = keyEntry.clone();
    path = path.stream().map(byte[]::clone).toList();
  }

  @Override
  public byte[] encoded() {
    return encoded.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public byte[] keyEntry() {
    return keyEntry.clone();
  }

  @Override
  public String toString() {
    return "PrescriptionEvidence[tree size " + treeHead.head().size() + "]";
  }
}
