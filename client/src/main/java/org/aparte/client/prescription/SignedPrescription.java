package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.sign.Signatures;

/**
 * What a practitioner delivers to the patient (as an encrypted document): the signed encoding, the
 * signature, and which logged key signed it (the practitioner's account and key version), so the
 * patient can fetch that key's inclusion proof. Encoded as {@code 0x01 || u16 n || encoding || 64
 * signature || 16-byte account id || u32 key version}.
 */
public record SignedPrescription(
    byte[] encoded, byte[] signature, UUID signerAccount, int keyVersion) {
  public static final int VERSION = 1;

  /** The document media type a delivered prescription travels under. */
  public static final String MEDIA_TYPE = "application/vnd.aparte.prescription.v1";

  public SignedPrescription {
    if (encoded == null || encoded.length == 0 || encoded.length > 0xffff) {
      throw new IllegalArgumentException("an encoding has 1 to 65535 bytes");
    }
    if (signature == null || signature.length != Signatures.SIGNATURE_LENGTH) {
      throw new IllegalArgumentException("a signature has 64 bytes");
    }
    if (signerAccount == null || keyVersion < 1) {
      throw new IllegalArgumentException("a signer is an account and a key version from 1");
    }
    encoded = encoded.clone();
    signature = signature.clone();
  }

  @Override
  public byte[] encoded() {
    return encoded.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bytes.u8(out, VERSION);
    Bytes.field(out, encoded);
    out.writeBytes(signature);
    Bytes.i64(out, signerAccount.getMostSignificantBits());
    Bytes.i64(out, signerAccount.getLeastSignificantBits());
    out.writeBytes(ByteBuffer.allocate(4).putInt(keyVersion).array());
    return out.toByteArray();
  }

  public static SignedPrescription fromBytes(byte[] bytes) throws MalformedPrescriptionException {
    try {
      ByteReader in = new ByteReader(bytes, "signed prescription");
      int version = in.readUnsignedByte("version");
      if (version != VERSION) {
        throw new MalformedPrescriptionException("signed prescription: unknown version");
      }
      byte[] encoded = Bytes.field(in, "prescription");
      byte[] signature = in.readBytes(Signatures.SIGNATURE_LENGTH, "signature");
      UUID account = new UUID(Bytes.i64(in, "account"), Bytes.i64(in, "account"));
      int keyVersion = Bytes.i32(in, "key version");
      in.requireEnd();
      return new SignedPrescription(encoded, signature, account, keyVersion);
    } catch (MalformedInputException | IllegalArgumentException e) {
      throw new MalformedPrescriptionException("signed prescription: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SignedPrescription[by " + signerAccount + " v" + keyVersion + "]";
  }
}
