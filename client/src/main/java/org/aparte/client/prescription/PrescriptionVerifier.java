package org.aparte.client.prescription;

import java.time.Instant;
import java.util.Objects;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MalformedEntryException;
import org.aparte.transparency.RootMismatchException;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHeadSignatureException;

/**
 * The offline check a pharmacist runs on a prescription code, trusting only the log's public key:
 * the tree head is the log's, the signer's key entry is in that tree, the entry is an account
 * signing key, and that key signed exactly these prescription bytes. The first failed check is
 * thrown as its own exception.
 */
public final class PrescriptionVerifier {
  private final SigningPublicKey logKey;

  public PrescriptionVerifier(SigningPublicKey logKey) {
    this.logKey = Objects.requireNonNull(logKey, "logKey");
  }

  public VerifiedPrescription verify(String qrText) throws PrescriptionRejectedException {
    return verify(EvidenceCodec.fromText(qrText));
  }

  public VerifiedPrescription verify(PrescriptionEvidence evidence)
      throws PrescriptionRejectedException {
    try {
      evidence.treeHead().verify(logKey);
    } catch (TreeHeadSignatureException untrusted) {
      throw new UntrustedTreeHeadException(
          "the tree head is not signed by the trusted log key", untrusted);
    }
    KeyEntry entry = signerEntry(evidence.keyEntry());
    SigningPublicKey signer = signerKey(entry);
    requireIncluded(evidence);
    PrescriptionSignatures.verify(signer, evidence.encoded(), evidence.signature());
    return new VerifiedPrescription(
        PrescriptionCodec.decode(evidence.encoded()),
        entry.subjectId(),
        entry.keyVersion(),
        evidence.treeHead().head().size(),
        Instant.ofEpochMilli(evidence.treeHead().head().timestampMillis()));
  }

  private static KeyEntry signerEntry(byte[] encoded) throws UnknownSignerKeyException {
    try {
      KeyEntry entry = KeyEntry.decode(encoded);
      if (entry.kind() != EntryKind.ACCOUNT_SIGNING_KEY) {
        throw new UnknownSignerKeyException(
            "the signer's log entry is a " + entry.kind() + ", not an account signing key");
      }
      return entry;
    } catch (MalformedEntryException malformed) {
      throw new UnknownSignerKeyException("the signer's log entry is malformed", malformed);
    }
  }

  private static SigningPublicKey signerKey(KeyEntry entry) throws UnknownSignerKeyException {
    try {
      return SigningPublicKey.decode(entry.publicKey());
    } catch (CryptoException malformed) {
      throw new UnknownSignerKeyException("the signer's key is not an Ed25519 key", malformed);
    }
  }

  private static void requireIncluded(PrescriptionEvidence evidence)
      throws KeyNotInLogException, BadLogProofException {
    try {
      InclusionVerifier.verify(
          evidence.leafIndex(),
          evidence.treeHead().head().size(),
          TreeHashes.leafHash(evidence.keyEntry()),
          evidence.path(),
          evidence.treeHead().head().rootHash());
    } catch (RootMismatchException mismatch) {
      throw new KeyNotInLogException(
          "the signer's key is not in the log at tree size " + evidence.treeHead().head().size(),
          mismatch);
    } catch (TransparencyException malformed) {
      throw new BadLogProofException(
          "the log inclusion proof is invalid: " + malformed.getMessage(), malformed);
    }
  }
}
