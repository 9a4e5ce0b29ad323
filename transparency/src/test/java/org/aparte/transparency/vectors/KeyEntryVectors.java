package org.aparte.transparency.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.vectors.VectorJson;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * {@code key-entry.json}: key directory entries as hashed into the log, with owner signatures.
 * Deterministic (fixed seeds; Ed25519 signs deterministically). An invalid case names the error
 * ({@code "MalformedEntry"} when decoding fails, {@code "OwnerSignature"} when the signature does
 * not verify under {@code owner_public_key}).
 */
public final class KeyEntryVectors {
  public static final String NAME = "key-entry";
  private static final UUID ACCOUNT = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0");
  private static final UUID PRACTICE = UUID.fromString("11111111-2222-4333-8444-555555555555");
  private static final long TIME = 1_790_000_000_000L;
  private static final String DESCRIPTION =
      "Key entries: 0x01 || u8 kind || 16-byte subject || u32 version || u64 timestamp (ms) || u16 n"
          + " || public key || u16 m || owner signature. The owner signs, in the Ed25519"
          + " signature context 'key-entry', the owner statement: the same encoding with timestamp"
          + " 0 and m = 0. leaf_hash = SHA-256(0x00 || encoded).";

  private KeyEntryVectors() {}

  public static ObjectNode generate() {
    SigningKeyPair owner = SigningKeyPair.fromSeed(SecretBytes.copyOf(filled(32, 0x42)));
    EncryptionKeyPair encryption =
        EncryptionKeyPair.fromPrivateKey(KeyKind.X_WING, SecretBytes.copyOf(filled(32, 0x24)));
    byte[] signingKey = owner.publicKey().encoded();
    byte[] encryptionKey = encryption.publicKey().encoded();
    ObjectNode file = VectorJson.header("aparte-key-entry", DESCRIPTION);
    file.put(
        "generator",
        "transparency/src/test/java/org/aparte/transparency/vectors/GenerateMerkleVectors.java"
            + " (run: ./aparte vectors)");
    file.put("owner_seed", hex(filled(32, 0x42)));
    file.put("owner_public_key", hex(signingKey));
    ArrayNode cases = (ArrayNode) file.get("cases");
    KeyEntry signedEncryption =
        signed(owner, EntryKind.ACCOUNT_ENCRYPTION_KEY, ACCOUNT, 1, encryptionKey);
    KeyEntry signedSigning = signed(owner, EntryKind.ACCOUNT_SIGNING_KEY, ACCOUNT, 1, signingKey);
    cases.add(valid("account encryption key, signed by its owner", signedEncryption));
    cases.add(valid("account signing key, signed by itself", signedSigning));
    cases.add(
        valid(
            "practice key version 3, no owner signature",
            new KeyEntry(EntryKind.PRACTICE_KEY, PRACTICE, 3, TIME, encryptionKey, null)));
    KeyEntry otherSubject =
        new KeyEntry(
            EntryKind.ACCOUNT_ENCRYPTION_KEY,
            PRACTICE,
            1,
            TIME,
            encryptionKey,
            signedEncryption.ownerSignature());
    cases.add(
        invalid("signature moved to another subject", otherSubject.encode(), "OwnerSignature"));
    KeyEntry otherKind =
        new KeyEntry(
            EntryKind.ACCOUNT_SIGNING_KEY,
            ACCOUNT,
            1,
            TIME,
            encryptionKey,
            signedEncryption.ownerSignature());
    cases.add(invalid("signature moved to another kind", otherKind.encode(), "OwnerSignature"));
    byte[] flipped = signedEncryption.encode();
    flipped[flipped.length - 1] ^= 1;
    cases.add(invalid("bit flipped in the signature", flipped, "OwnerSignature"));
    byte[] unknownKind = signedEncryption.encode();
    unknownKind[1] = 0x7f;
    cases.add(invalid("unknown kind", unknownKind, "MalformedEntry"));
    byte[] version2 = signedEncryption.encode();
    version2[0] = 2;
    cases.add(invalid("format version 2", version2, "MalformedEntry"));
    byte[] trailing =
        Arrays.copyOf(signedEncryption.encode(), signedEncryption.encode().length + 1);
    cases.add(invalid("trailing byte", trailing, "MalformedEntry"));
    byte[] whole = signedEncryption.encode();
    byte[] shortSignature = Arrays.copyOf(whole, whole.length - 1);
    shortSignature[whole.length - 65] = 63; // the low byte of the signature's length
    cases.add(invalid("63-byte signature", shortSignature, "MalformedEntry"));
    return file;
  }

  private static KeyEntry signed(
      SigningKeyPair owner, EntryKind kind, UUID subject, int version, byte[] key) {
    byte[] signature = KeyEntry.signByOwner(owner, kind, subject, version, key);
    return new KeyEntry(kind, subject, version, TIME, key, signature);
  }

  private static ObjectNode valid(String name, KeyEntry entry) {
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("name", name).put("valid", true);
    node.put("kind", entry.kind().code());
    node.put("subject", entry.subjectId().toString());
    node.put("version", entry.keyVersion());
    node.put("timestamp", entry.timestampMillis());
    node.put("public_key", hex(entry.publicKey()));
    node.put("owner_statement", hex(entry.signedPart()));
    node.put("owner_signature", hex(entry.ownerSignature()));
    node.put("encoded", hex(entry.encode()));
    node.put("leaf_hash", hex(TreeHashes.leafHash(entry.encode())));
    return node;
  }

  private static ObjectNode invalid(String name, byte[] encoded, String error) {
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("name", name).put("valid", false).put("encoded", hex(encoded)).put("error", error);
    return node;
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  /** The cases that do not behave as the file says (empty when all hold). */
  public static List<String> check(ObjectNode file) throws Exception {
    SigningPublicKey owner = SigningPublicKey.decode(unhex(file, "owner_public_key"));
    List<String> failures = new ArrayList<>();
    for (JsonNode entry : file.get("cases")) {
      String outcome = run(entry, owner);
      String expected = entry.get("valid").asBoolean() ? "valid" : entry.get("error").asText();
      if (!outcome.equals(expected)) {
        failures.add(entry.get("name").asText() + ": " + outcome + " instead of " + expected);
      }
    }
    return failures;
  }

  private static String run(JsonNode entry, SigningPublicKey owner) {
    byte[] encoded = unhex(entry, "encoded");
    KeyEntry decoded;
    try {
      decoded = KeyEntry.decode(encoded);
    } catch (TransparencyException malformed) {
      return "MalformedEntry";
    }
    if (!Arrays.equals(decoded.encode(), encoded)) {
      return "re-encodes differently";
    }
    boolean account =
        decoded.kind() == EntryKind.ACCOUNT_ENCRYPTION_KEY
            || decoded.kind() == EntryKind.ACCOUNT_SIGNING_KEY;
    if (account) {
      try {
        decoded.verifyOwnerSignature(owner);
      } catch (TransparencyException unsigned) {
        return "OwnerSignature";
      }
    }
    if (entry.has("leaf_hash")
        && !Arrays.equals(TreeHashes.leafHash(encoded), unhex(entry, "leaf_hash"))) {
      return "leaf hash differs";
    }
    if (entry.has("owner_statement")
        && !Arrays.equals(decoded.signedPart(), unhex(entry, "owner_statement"))) {
      return "owner statement differs";
    }
    return "valid";
  }
}
