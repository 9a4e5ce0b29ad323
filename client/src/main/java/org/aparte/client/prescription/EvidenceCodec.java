package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.sign.Signatures;
import org.aparte.transparency.MalformedTreeHeadException;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHead;

/**
 * The QR code's binary payload, before Base45 (big-endian):
 *
 * <pre>
 * 0x01 (version) || u16 n || n-byte prescription encoding || 64-byte signature
 *   || u16 m || m-byte key entry || u64 leaf index || u8 k || k × 32-byte path
 *   || 49-byte tree head || 64-byte tree head signature
 * </pre>
 *
 * The text in the QR code is {@value #PREFIX} followed by the Base45 of these bytes.
 */
public final class EvidenceCodec {
  public static final int VERSION = 1;
  public static final String PREFIX = "RX1:";

  private EvidenceCodec() {}

  public static byte[] encode(PrescriptionEvidence evidence) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bytes.u8(out, VERSION);
    Bytes.field(out, evidence.encoded());
    out.writeBytes(evidence.signature());
    Bytes.field(out, evidence.keyEntry());
    Bytes.i64(out, evidence.leafIndex());
    Bytes.u8(out, evidence.path().size());
    evidence.path().forEach(out::writeBytes);
    out.writeBytes(evidence.treeHead().head().encode());
    out.writeBytes(evidence.treeHead().signature());
    return out.toByteArray();
  }

  public static String toText(PrescriptionEvidence evidence) {
    return PREFIX + Base45.encode(encode(evidence));
  }

  /** Reads the QR text; surrounding white space (a scanner's line end) is ignored. */
  public static PrescriptionEvidence fromText(String text) throws MalformedPrescriptionException {
    String trimmed = text.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new MalformedPrescriptionException(
          "not an Aparté prescription code (it does not start with " + PREFIX + ")");
    }
    return decode(Base45.decode(trimmed.substring(PREFIX.length())));
  }

  public static PrescriptionEvidence decode(byte[] bytes) throws MalformedPrescriptionException {
    try {
      ByteReader in = new ByteReader(bytes, "prescription code");
      int version = in.readUnsignedByte("version");
      if (version != VERSION) {
        throw new MalformedPrescriptionException("prescription code: unknown version " + version);
      }
      byte[] encoded = Bytes.field(in, "prescription");
      byte[] signature = in.readBytes(Signatures.SIGNATURE_LENGTH, "signature");
      byte[] entry = Bytes.field(in, "key entry");
      long leaf = Bytes.i64(in, "leaf index");
      int count = in.readUnsignedByte("path length");
      List<byte[]> path = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        path.add(in.readBytes(TreeHashes.HASH_LENGTH, "path"));
      }
      TreeHead head = TreeHead.decode(in.readBytes(TreeHead.ENCODED_LENGTH, "tree head"));
      byte[] headSignature = in.readBytes(Signatures.SIGNATURE_LENGTH, "tree head signature");
      in.requireEnd();
      return new PrescriptionEvidence(
          encoded, signature, entry, leaf, path, new SignedTreeHead(head, headSignature));
    } catch (MalformedInputException | MalformedTreeHeadException e) {
      throw new MalformedPrescriptionException("prescription code: " + e.getMessage(), e);
    }
  }
}
