package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.ScriptedRandom;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.crypto.wrap.WrapSuite;

/**
 * {@code keywrap.json}: data keys wrapped with HPKE to X-Wing and X25519 recipients. A valid case
 * holds everything needed to redo the seal byte for byte (recipient key, purpose, record id, data
 * key and the seal's only randomness) and to open it; an invalid case names the error {@code open}
 * must raise.
 */
public final class KeyWrapVectors implements VectorSet {
  private static final String DESCRIPTION =
      "HPKE (RFC 9180) base-mode wrapping of 32-byte data keys. Layout v1: version 0x01 || suite"
          + " (0x01 X-Wing/HKDF-SHA256/AES-256-GCM, 0x02 DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/"
          + "AES-256-GCM) || recipient key id (16) || enc (1120 or 32) || ciphertext (48)."
          + " info = utf8('aparte/wrap/v1') || 0x00 || utf8(purpose); aad = record_id."
          + " ephemeral_randomness is the seal's only random input: the 64-byte X-Wing eseed"
          + " (EncapsulateDerand) or the 32-byte ikmE given to DHKEM DeriveKeyPair. Keys are in"
          + " the versioned encodings: 0x01 || kind || raw (kind 0x01 X-Wing seed/public key,"
          + " 0x03 X25519 scalar/public key).";

  /** One honest seal and the inputs that made it. */
  private record Sealed(
      EncryptionKeyPair recipient,
      String purpose,
      byte[] recordId,
      byte[] dataKey,
      byte[] ephemeral,
      byte[] wrapped) {}

  @Override
  public String name() {
    return "keywrap";
  }

  @Override
  public ObjectNode generate(SecureRandom random) {
    ObjectNode file = VectorJson.header("aparte-keywrap", DESCRIPTION);
    ArrayNode cases = (ArrayNode) file.get("cases");
    for (WrapSuite suite : WrapSuite.values()) {
      String tag = suite.name().toLowerCase().replace('_', '-') + ": ";
      EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), random);
      Sealed base = seal(recipient, "booking", bytes(random, 16), random);
      cases.add(validCase(tag + "valid, booking, 16-byte record id", base));
      cases.add(
          validCase(
              tag + "valid, practice-key, 255-byte record id",
              seal(recipient, "practice-key", bytes(random, 255), random)));
      addInvalidCases(cases, tag, base, EncryptionKeyPair.generate(suite.keyKind(), random));
    }
    return file;
  }

  private static void addInvalidCases(
      ArrayNode cases, String tag, Sealed base, EncryptionKeyPair stranger) {
    byte[] w = base.wrapped();
    int encEnd = w.length - 48;
    byte[] otherRecord = base.recordId().clone();
    otherRecord[otherRecord.length - 1] ^= 0x01;
    cases.add(
        invalid(tag + "record id of another record", base, w, otherRecord, "DecryptionFailed"));
    cases.add(
        invalid(tag + "another purpose", base, "vault", w, base.recordId(), "DecryptionFailed"));
    cases.add(
        invalid(tag + "bit flipped in the tag", base, flip(w, w.length - 1), "DecryptionFailed"));
    cases.add(
        invalid(tag + "bit flipped in enc, first byte", base, flip(w, 18), "DecryptionFailed"));
    cases.add(
        invalid(
            tag + "bit flipped in enc, last byte", base, flip(w, encEnd - 1), "DecryptionFailed"));
    cases.add(invalid(tag + "bit flipped in the key id", base, flip(w, 2), "WrongRecipient"));
    cases.add(
        invalid(tag + "offered key belongs to another recipient", base, w, "WrongRecipient")
            .put("recipient_private_key", hex(stranger.encodePrivate().revealCopy())));
    cases.add(
        invalid(
            tag + "truncated by one byte", base, Arrays.copyOf(w, w.length - 1), "MalformedInput"));
    cases.add(
        invalid(tag + "one byte appended", base, Arrays.copyOf(w, w.length + 1), "MalformedInput"));
    cases.add(invalid(tag + "version 0x02", base, with(w, 0, 0x02), "UnsupportedVersion"));
    cases.add(invalid(tag + "unknown suite 0x03", base, with(w, 1, 0x03), "UnsupportedVersion"));
    cases.add(
        invalid(
            tag + "suite byte of the other suite",
            base,
            with(w, 1, w[1] ^ 0x03),
            "MalformedInput"));
    if (WrapSuite.forKeyKind(base.recipient().kind()) == WrapSuite.X25519) {
      byte[] lowOrder = w.clone();
      Arrays.fill(lowOrder, 18, encEnd, (byte) 0);
      cases.add(
          invalid(tag + "enc is a low-order point (zero)", base, lowOrder, "DecryptionFailed"));
      cases.add(invalid(tag + "empty", base, new byte[0], "MalformedInput"));
    }
  }

  @Override
  public List<String> check(ObjectNode file) {
    List<String> failures = new ArrayList<>();
    for (JsonNode entry : file.get("cases")) {
      String name = entry.path("name").asText("(unnamed)");
      try {
        String failure = checkCase(entry);
        if (failure != null) {
          failures.add(name + ": " + failure);
        }
      } catch (Exception | AssertionError unexpected) {
        failures.add(name + ": " + unexpected);
      }
    }
    return failures;
  }

  private static String checkCase(JsonNode entry) throws CryptoException {
    EncryptionKeyPair recipient =
        EncryptionKeyPair.decodePrivate(SecretBytes.copyOf(unhex(entry, "recipient_private_key")));
    WrapPurpose purpose = WrapPurpose.of(entry.get("purpose").asText());
    byte[] recordId = unhex(entry, "record_id");
    byte[] wrapped = unhex(entry, "wrapped_key");
    if (!entry.get("valid").asBoolean()) {
      return expectError(
          () -> KeyWrap.open(wrapped, recipient, purpose, recordId), entry.get("error").asText());
    }
    byte[] publicKey = unhex(entry, "recipient_public_key");
    if (!Arrays.equals(recipient.publicKey().encoded(), publicKey)) {
      return "private key does not give the public key";
    }
    if (!recipient.keyId().toString().equals(entry.get("recipient_key_id").asText())) {
      return "key id differs";
    }
    SecretBytes dataKey = SecretBytes.copyOf(unhex(entry, "data_key"));
    if (!KeyWrap.open(wrapped, recipient, purpose, recordId).equalsSecret(dataKey)) {
      return "opened to another data key";
    }
    ScriptedRandom ephemeral = new ScriptedRandom(unhex(entry, "ephemeral_randomness"));
    byte[] resealed =
        KeyWrap.seal(dataKey, EncryptionPublicKey.decode(publicKey), purpose, recordId, ephemeral);
    if (!Arrays.equals(resealed, wrapped) || !ephemeral.isExhausted()) {
      return "sealing again with the same randomness gives other bytes";
    }
    return null;
  }

  private static Sealed seal(
      EncryptionKeyPair recipient, String purpose, byte[] recordId, SecureRandom random) {
    WrapSuite suite = WrapSuite.forKeyKind(recipient.kind());
    byte[] dataKey = bytes(random, KeyWrap.DATA_KEY_LENGTH);
    byte[] ephemeral = bytes(random, suite.ephemeralRandomnessLength());
    byte[] wrapped =
        KeyWrap.seal(
            SecretBytes.copyOf(dataKey),
            recipient.publicKey(),
            WrapPurpose.of(purpose),
            recordId,
            new ScriptedRandom(ephemeral));
    return new Sealed(recipient, purpose, recordId, dataKey, ephemeral, wrapped);
  }

  private static ObjectNode validCase(String name, Sealed sealed) {
    ObjectNode entry = common(name, sealed, sealed.purpose(), sealed.wrapped(), sealed.recordId());
    entry.put("valid", true);
    entry.put("suite", WrapSuite.forKeyKind(sealed.recipient().kind()).code());
    entry.put("recipient_public_key", hex(sealed.recipient().publicKey().encoded()));
    entry.put("recipient_key_id", sealed.recipient().keyId().toString());
    entry.put("data_key", hex(sealed.dataKey()));
    entry.put("ephemeral_randomness", hex(sealed.ephemeral()));
    return entry;
  }

  private static ObjectNode invalid(String name, Sealed base, byte[] wrapped, String error) {
    return invalid(name, base, base.purpose(), wrapped, base.recordId(), error);
  }

  private static ObjectNode invalid(
      String name, Sealed base, byte[] wrapped, byte[] recordId, String error) {
    return invalid(name, base, base.purpose(), wrapped, recordId, error);
  }

  private static ObjectNode invalid(
      String name, Sealed base, String purpose, byte[] wrapped, byte[] recordId, String error) {
    ObjectNode entry = common(name, base, purpose, wrapped, recordId);
    entry.put("valid", false);
    entry.put("error", error);
    return entry;
  }

  private static ObjectNode common(
      String name, Sealed sealed, String purpose, byte[] wrapped, byte[] recordId) {
    ObjectNode entry = VectorJson.MAPPER.createObjectNode();
    entry.put("name", name);
    entry.put("recipient_private_key", hex(sealed.recipient().encodePrivate().revealCopy()));
    entry.put("purpose", purpose);
    entry.put("record_id", hex(recordId));
    entry.put("wrapped_key", hex(wrapped));
    return entry;
  }

  private static byte[] flip(byte[] bytes, int index) {
    return with(bytes, index, bytes[index] ^ 0x01);
  }

  private static byte[] with(byte[] bytes, int index, int value) {
    byte[] changed = bytes.clone();
    changed[index] = (byte) value;
    return changed;
  }

  @FunctionalInterface
  private interface Attempt {
    void run() throws CryptoException;
  }

  /** Null when {@code attempt} fails with the named error, otherwise what happened instead. */
  private static String expectError(Attempt attempt, String expected) {
    try {
      attempt.run();
      return "succeeded, expected " + expected;
    } catch (CryptoException failure) {
      String actual = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
      return actual.equals(expected) ? null : "failed with " + actual + ", expected " + expected;
    }
  }

  private static byte[] bytes(SecureRandom random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }
}
