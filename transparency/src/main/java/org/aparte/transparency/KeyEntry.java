package org.aparte.transparency;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.sign.Signatures;

/**
 * A key directory entry: one version of one subject's public key, as hashed into the log. Encoding
 * (big-endian):
 *
 * <pre>
 * 0x01 (format version) || u8 kind || 16-byte subject UUID || u32 key version
 *   || u64 timestamp (ms since the epoch) || u16 n || n-byte public key (its own versioned encoding)
 *   || u16 m || m-byte owner signature (0 or 64 bytes)
 * </pre>
 *
 * The owner signature, when present, is Ed25519 by the subject's signing key, in the {@code
 * key-entry} context, over this encoding with the timestamp and {@code m} set to 0: the server
 * stamps the time when it queues the entry, after the owner signed, so the owner vouches for what
 * it knows (kind, subject, version, key). Account keys carry one (both are signed by the account's
 * signing key, which thereby also proves the registrant holds it); practice and issuer keys have no
 * signing key of their own and carry none.
 */
public record KeyEntry(
    EntryKind kind,
    UUID subjectId,
    int keyVersion,
    long timestampMillis,
    byte[] publicKey,
    byte[] ownerSignature) {
  public static final int FORMAT_VERSION = 1;
  private static final int MAX_FIELD = 0xffff;

  public KeyEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    if (kind.isSupportEvent()) {
      throw new IllegalArgumentException("support events are SupportEvent entries, not keys");
    }
    if (keyVersion < 1 || timestampMillis < 0) {
      throw new IllegalArgumentException("key versions start at 1; times are not negative");
    }
    if (publicKey == null || publicKey.length == 0 || publicKey.length > MAX_FIELD) {
      throw new IllegalArgumentException("a public key has 1..65535 bytes");
    }
    ownerSignature = ownerSignature == null ? new byte[0] : ownerSignature.clone();
    if (ownerSignature.length != 0 && ownerSignature.length != 64) {
      throw new IllegalArgumentException("an owner signature is absent or 64 bytes");
    }
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public byte[] ownerSignature() {
    return ownerSignature.clone();
  }

  public byte[] encode() {
    return encode(ownerSignature);
  }

  /** The bytes an owner signs: the encoding without the time and without a signature. */
  public byte[] signedPart() {
    return ownerStatement(kind, subjectId, keyVersion, publicKey);
  }

  /** What the owner of {@code publicKey} signs to register it, before the server stamps a time. */
  public static byte[] ownerStatement(EntryKind kind, UUID subject, int version, byte[] publicKey) {
    return new KeyEntry(kind, subject, version, 0, publicKey, null).encode();
  }

  /** The owner's signature over {@link #ownerStatement}. */
  public static byte[] signByOwner(
      SigningKeyPair owner, EntryKind kind, UUID subject, int version, byte[] publicKey) {
    return Signatures.sign(
        owner, LogSignatures.KEY_ENTRY, ownerStatement(kind, subject, version, publicKey));
  }

  /** Returns normally only if this entry carries {@code owner}'s signature. */
  public void verifyOwnerSignature(SigningPublicKey owner) throws OwnerSignatureException {
    if (ownerSignature.length == 0) {
      throw new OwnerSignatureException(this + ": carries no owner signature");
    }
    try {
      Signatures.verify(owner, LogSignatures.KEY_ENTRY, signedPart(), ownerSignature);
    } catch (InvalidSignatureException invalid) {
      throw new OwnerSignatureException(this + ": not signed by its owner's key", invalid);
    }
  }

  private byte[] encode(byte[] signature) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(FORMAT_VERSION);
    out.write(kind.code());
    out.writeBytes(
        ByteBuffer.allocate(28)
            .putLong(subjectId.getMostSignificantBits())
            .putLong(subjectId.getLeastSignificantBits())
            .putInt(keyVersion)
            .putLong(timestampMillis)
            .array());
    writeField(out, publicKey);
    writeField(out, signature);
    return out.toByteArray();
  }

  private static void writeField(ByteArrayOutputStream out, byte[] field) {
    out.write(field.length >>> 8);
    out.write(field.length & 0xff);
    out.writeBytes(field);
  }

  public static KeyEntry decode(byte[] encoded) throws MalformedEntryException {
    try {
      ByteReader reader = new ByteReader(encoded, "key entry");
      int format = reader.readUnsignedByte("format version");
      if (format != FORMAT_VERSION) {
        throw new MalformedEntryException("key entry: unsupported format version " + format);
      }
      int code = reader.readUnsignedByte("kind");
      EntryKind kind =
          EntryKind.fromCode(code)
              .filter(k -> !k.isSupportEvent())
              .orElseThrow(() -> new MalformedEntryException("key entry: unknown kind " + code));
      long high = readLong(reader, "subject id");
      long low = readLong(reader, "subject id");
      long version = reader.readUnsignedInt("key version");
      long timestamp = readLong(reader, "timestamp");
      byte[] key = reader.readBytes(reader.readUnsignedShort("key length"), "public key");
      byte[] signature =
          reader.readBytes(reader.readUnsignedShort("signature length"), "owner signature");
      reader.requireEnd();
      if (version < 1 || version > Integer.MAX_VALUE || timestamp < 0 || key.length == 0) {
        throw new MalformedEntryException("key entry: version, time or key out of range");
      }
      if (signature.length != 0 && signature.length != 64) {
        throw new MalformedEntryException("key entry: an owner signature has 64 bytes");
      }
      return new KeyEntry(kind, new UUID(high, low), (int) version, timestamp, key, signature);
    } catch (MalformedInputException malformed) {
      throw new MalformedEntryException(malformed.getMessage(), malformed);
    }
  }

  private static long readLong(ByteReader reader, String field) throws MalformedInputException {
    return (reader.readUnsignedInt(field) << 32) | reader.readUnsignedInt(field);
  }

  /** Whether this entry records exactly {@code key} as version {@code version} of the subject. */
  public boolean records(EntryKind expectedKind, UUID subject, int version, byte[] key) {
    return kind == expectedKind
        && subjectId.equals(subject)
        && keyVersion == version
        && MessageDigest.isEqual(publicKey, key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyEntry entry && Arrays.equals(encode(), entry.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "KeyEntry[" + kind + ", subject=" + subjectId + ", version=" + keyVersion + "]";
  }
}
