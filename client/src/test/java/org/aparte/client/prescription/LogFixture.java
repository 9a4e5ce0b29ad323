package org.aparte.client.prescription;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MemoryTree;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/** A log in memory holding a practitioner's signing key among others, and evidence built on it. */
final class LogFixture {
  final SecureRandom random = new SecureRandom();
  final SigningKeyPair logKey = SigningKeyPair.generate(random);
  final SigningKeyPair practitioner = SigningKeyPair.generate(random);
  final UUID practitionerAccount = UUID.randomUUID();
  final MemoryTree tree = new MemoryTree();
  final long leafIndex;
  final byte[] entry;

  LogFixture(int before, int after) {
    for (int i = 0; i < before; i++) {
      tree.appendEntry(entry(SigningKeyPair.generate(random), UUID.randomUUID()));
    }
    leafIndex = tree.size();
    entry = entry(practitioner, practitionerAccount);
    tree.appendEntry(entry);
    for (int i = 0; i < after; i++) {
      tree.appendEntry(entry(SigningKeyPair.generate(random), UUID.randomUUID()));
    }
  }

  static byte[] entry(SigningKeyPair keys, UUID account) {
    return new KeyEntry(
            EntryKind.ACCOUNT_SIGNING_KEY,
            account,
            1,
            1_700_000_000_000L,
            keys.publicKey().encoded(),
            null)
        .encode();
  }

  SignedTreeHead head() {
    return SignedTreeHead.sign(new TreeHead(tree.size(), tree.root(), 1_800_000_000_000L), logKey);
  }

  PrescriptionEvidence evidence(SignedPrescription signed) throws Exception {
    return evidence(signed.encoded(), signed.signature(), entry, leafIndex);
  }

  PrescriptionEvidence evidence(byte[] encoded, byte[] signature, byte[] keyEntry, long index)
      throws Exception {
    List<byte[]> path = new ProofGenerator(tree).inclusion(index, tree.size());
    return new PrescriptionEvidence(encoded, signature, keyEntry, index, path, head());
  }

  SignedPrescription sign(Prescription prescription) {
    return PrescriptionIssuer.issue(practitioner, practitionerAccount, prescription);
  }

  static Prescription sample() {
    return new Prescription(
        UUID.fromString("7b1e5a52-94c4-4b39-8f0e-2d7f0c1a9e33"),
        LocalDate.of(2026, 11, 22),
        "Dr Hélène Martin",
        "10003456789",
        "Zoë Dupont",
        LocalDate.of(1958, 3, 14),
        List.of(
            new Medication("Amoxicilline 1 g", "1 comprimé matin et soir", 7),
            new Medication("Paracétamol 500 mg", "1 à 2 comprimés, 3 fois par jour au plus", 5)));
  }
}
