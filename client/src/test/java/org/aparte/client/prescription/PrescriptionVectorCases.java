package org.aparte.client.prescription;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.vectors.VectorJson;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MemoryTree;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/**
 * The cases of {@code testdata/vectors/prescription.json}, made deterministically (fixed seeds;
 * Ed25519 signatures are deterministic) so the committed file can be checked against them.
 */
final class PrescriptionVectorCases {
  static final UUID ACCOUNT = UUID.fromString("3f0c8a9e-52b1-4c6d-9e7a-0b1c2d3e4f50");
  final SigningKeyPair practitioner = key(0x11);
  final SigningKeyPair logKey = key(0x22);
  final SigningKeyPair outsider = key(0x33);
  final MemoryTree tree = new MemoryTree();
  final byte[] entry = entry(EntryKind.ACCOUNT_SIGNING_KEY, practitioner);
  static final int INDEX = 6;

  PrescriptionVectorCases() {
    Random random = new Random(7);
    for (int i = 0; i < 13; i++) {
      byte[] filler = new byte[40];
      random.nextBytes(filler);
      tree.appendEntry(i == INDEX ? entry : filler);
    }
  }

  ObjectNode file() throws Exception {
    ObjectNode file =
        VectorJson.header(
            "aparte-prescription",
            "Signed prescriptions and their QR payloads. message = utf8('aparte/prescription/v1')"
                + " || 0x00 || encoded; the signature is Ed25519 in the 'prescription' context"
                + " (see signature.json) over message. A verifier checks, in order: the tree head's"
                + " signature by log_public_key ('tree-head' context), that key_entry is an"
                + " account signing key (kind 0x02), the inclusion of key_entry at leaf_index"
                + " under the head's root, then the signature. qr_text = 'RX1:' + Base45 (RFC"
                + " 9285) of the evidence encoding (docs/protocol.md).");
    file.put(
        "generator",
        "client/src/test/java/org/aparte/client/prescription/PrescriptionVectorsTest.java");
    var cases = file.withArray("cases");
    Prescription sample = LogFixture.sample();
    SignedPrescription signed = PrescriptionIssuer.issue(practitioner, ACCOUNT, sample);
    cases.add(
        json(
            "valid, two medications, accented names",
            evidence(signed, entry, INDEX, logKey),
            null));
    Prescription single =
        new Prescription(
            UUID.fromString("00000000-0000-4000-8000-000000000001"),
            java.time.LocalDate.of(2027, 1, 5),
            "Dr A. Smith",
            "RPPS 10000000001",
            "John Doe",
            java.time.LocalDate.of(1945, 12, 31),
            List.of(new Medication("Ibuprofen 400 mg", "1 tablet every 8 hours", 3)));
    cases.add(
        json(
            "valid, one medication, birth before 1970",
            evidence(PrescriptionIssuer.issue(practitioner, ACCOUNT, single), entry, INDEX, logKey),
            null));
    byte[] altered = signed.encoded();
    altered[altered.length - 3] ^= 0x01; // the last medication's duration: 5 days becomes 4
    cases.add(
        json(
            "altered: one duration changed after signing",
            new PrescriptionEvidence(
                altered, signed.signature(), entry, INDEX, path(INDEX), head(logKey)),
            "altered"));
    SignedPrescription forged = PrescriptionIssuer.issue(outsider, ACCOUNT, sample);
    cases.add(
        json(
            "signer key not in the log (forged entry, real path)",
            evidence(forged, entry(EntryKind.ACCOUNT_SIGNING_KEY, outsider), INDEX, logKey),
            "key-not-in-log"));
    cases.add(
        json(
            "tree head signed by another key",
            evidence(signed, entry, INDEX, outsider),
            "untrusted-tree-head"));
    List<byte[]> cut = path(INDEX).subList(1, path(INDEX).size());
    cases.add(
        json(
            "inclusion proof one hash short",
            new PrescriptionEvidence(
                signed.encoded(), signed.signature(), entry, INDEX, cut, head(logKey)),
            "bad-proof"));
    cases.add(
        json(
            "signer key logged as a practice key",
            evidence(signed, entry(EntryKind.PRACTICE_KEY, practitioner), INDEX, logKey),
            "unknown-signer-key"));
    return file;
  }

  private PrescriptionEvidence evidence(
      SignedPrescription signed, byte[] keyEntry, long index, SigningKeyPair headKey)
      throws Exception {
    return new PrescriptionEvidence(
        signed.encoded(), signed.signature(), keyEntry, index, path(index), head(headKey));
  }

  private List<byte[]> path(long index) throws Exception {
    return new ProofGenerator(tree).inclusion(index, tree.size());
  }

  private SignedTreeHead head(SigningKeyPair key) {
    return SignedTreeHead.sign(new TreeHead(tree.size(), tree.root(), 1_800_000_000_000L), key);
  }

  private ObjectNode json(String name, PrescriptionEvidence evidence, String error) {
    ObjectNode c = VectorJson.MAPPER.createObjectNode();
    c.put("name", name);
    c.put("valid", error == null);
    if (error != null) {
      c.put("error", error);
    }
    c.put("encoded", VectorJson.hex(evidence.encoded()));
    c.put("message", VectorJson.hex(PrescriptionSignatures.message(evidence.encoded())));
    c.put("signature", VectorJson.hex(evidence.signature()));
    c.put("key_entry", VectorJson.hex(evidence.keyEntry()));
    c.put("leaf_index", evidence.leafIndex());
    c.put("tree_size", evidence.treeHead().head().size());
    var path = c.putArray("path");
    evidence.path().forEach(hash -> path.add(VectorJson.hex(hash)));
    c.put("tree_head", VectorJson.hex(evidence.treeHead().head().encode()));
    c.put("tree_head_signature", VectorJson.hex(evidence.treeHead().signature()));
    c.put("log_public_key", VectorJson.hex(logKey.publicKey().encoded()));
    c.put("qr_text", EvidenceCodec.toText(evidence));
    return c;
  }

  static byte[] entry(EntryKind kind, SigningKeyPair keys) {
    return new KeyEntry(kind, ACCOUNT, 1, 1_700_000_000_000L, keys.publicKey().encoded(), null)
        .encode();
  }

  private static SigningKeyPair key(int fill) {
    byte[] seed = new byte[32];
    java.util.Arrays.fill(seed, (byte) fill);
    return SigningKeyPair.fromSeed(SecretBytes.copyOf(seed));
  }
}
