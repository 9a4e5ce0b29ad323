package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.sign.SignatureContext;
import org.aparte.crypto.sign.Signatures;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * {@code signature.json}: domain-separated Ed25519 signatures. Valid cases carry the signer's seed
 * (Ed25519 is deterministic, so signing again must give the same bytes) and the exact signed bytes;
 * invalid cases name the error {@code verify} (or public key decoding) must raise.
 */
public final class SignatureVectors implements VectorSet {
  private static final String DESCRIPTION =
      "Plain Ed25519 (RFC 8032, not Ed25519ctx) over signed_bytes = utf8('aparte/signature/v1')"
          + " || 0x00 || utf8(context) || 0x00 || message; the signature is the raw 64 bytes."
          + " Keys are in the versioned encodings 0x01 || 0x02 || 32 bytes (public key, or seed"
          + " for signer_private_key).";

  /** Order of the Ed25519 base point (RFC 8032 section 5.1). */
  private static final BigInteger ORDER =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  @Override
  public String name() {
    return "signature";
  }

  @Override
  public ObjectNode generate(SecureRandom random) {
    ObjectNode file = VectorJson.header("aparte-signature", DESCRIPTION);
    ArrayNode cases = (ArrayNode) file.get("cases");
    SigningKeyPair signer = SigningKeyPair.generate(random);
    byte[] randomMessage = new byte[32];
    random.nextBytes(randomMessage);
    byte[] text = "prescription 2031-04: amoxicillin".getBytes(StandardCharsets.UTF_8);
    cases.add(valid("valid, tree-head, 32-byte message", signer, "tree-head", randomMessage));
    cases.add(valid("valid, prescription, text message", signer, "prescription", text));
    cases.add(valid("valid, key-entry, empty message", signer, "key-entry", new byte[0]));

    ObjectNode base = valid("", signer, "tree-head", randomMessage);
    byte[] signature = unhex(base, "signature");
    byte[] otherKey = SigningKeyPair.generate(random).publicKey().encoded();
    byte[] flippedMessage = randomMessage.clone();
    flippedMessage[0] ^= 0x01;
    cases.add(invalid("bit flipped in R", base).put("signature", hex(flip(signature, 0))));
    cases.add(invalid("bit flipped in S", base).put("signature", hex(flip(signature, 40))));
    cases.add(invalid("bit flipped in the message", base).put("message", hex(flippedMessage)));
    cases.add(invalid("another context", base).put("context", "key-entry"));
    cases.add(invalid("another signer's public key", base).put("public_key", hex(otherKey)));
    cases.add(
        invalid("signature truncated to 63 bytes", base)
            .put("signature", hex(Arrays.copyOf(signature, 63))));
    cases.add(
        invalid("signature extended to 65 bytes", base)
            .put("signature", hex(Arrays.copyOf(signature, 65))));
    cases.add(invalid("empty signature", base).put("signature", ""));
    cases.add(
        invalid("S + L, the same S modulo L (malleated)", base)
            .put("signature", hex(plusOrder(signature))));
    cases.add(
        invalid("signature over the bare message, without label and context", base)
            .put("signature", hex(rawSign(signer, randomMessage))));
    byte[] notAPoint = new byte[34];
    Arrays.fill(notAPoint, (byte) 0xff);
    notAPoint[0] = 0x01;
    notAPoint[1] = 0x02;
    notAPoint[33] = 0x7f;
    cases.add(
        invalid("public key is not a curve point", base)
            .put("public_key", hex(notAPoint))
            .put("error", "MalformedInput"));
    return file;
  }

  @Override
  public List<String> check(ObjectNode file) {
    List<String> failures = new ArrayList<>();
    for (JsonNode entry : file.get("cases")) {
      try {
        String failure = checkCase(entry);
        if (failure != null) {
          failures.add(entry.path("name").asText() + ": " + failure);
        }
      } catch (Exception | AssertionError unexpected) {
        failures.add(entry.path("name").asText() + ": " + unexpected);
      }
    }
    return failures;
  }

  private static String checkCase(JsonNode entry) throws CryptoException {
    SignatureContext context = SignatureContext.of(entry.get("context").asText());
    byte[] message = unhex(entry, "message");
    byte[] signature = unhex(entry, "signature");
    byte[] publicKey = unhex(entry, "public_key");
    if (!entry.get("valid").asBoolean()) {
      return expectError(
          () -> Signatures.verify(SigningPublicKey.decode(publicKey), context, message, signature),
          entry.get("error").asText());
    }
    SigningKeyPair signer =
        SigningKeyPair.decodePrivate(SecretBytes.copyOf(unhex(entry, "signer_private_key")));
    if (!Arrays.equals(signer.publicKey().encoded(), publicKey)) {
      return "seed does not give the public key";
    }
    byte[] signedBytes = unhex(entry, "signed_bytes");
    if (!Arrays.equals(signedBytes, frame(context.label(), message))) {
      return "signed_bytes is not label || 0 || context || 0 || message";
    }
    if (!rawVerify(signer.publicKey(), signedBytes, signature)) {
      return "plain Ed25519 does not verify the signature over signed_bytes";
    }
    Signatures.verify(SigningPublicKey.decode(publicKey), context, message, signature);
    if (!Arrays.equals(Signatures.sign(signer, context, message), signature)) {
      return "signing again gives another signature";
    }
    return null;
  }

  private static ObjectNode valid(
      String name, SigningKeyPair signer, String context, byte[] message) {
    ObjectNode entry = VectorJson.MAPPER.createObjectNode();
    entry.put("name", name);
    entry.put("valid", true);
    entry.put("signer_private_key", hex(signer.encodePrivate().revealCopy()));
    entry.put("public_key", hex(signer.publicKey().encoded()));
    entry.put("key_id", signer.keyId().toString());
    entry.put("context", context);
    entry.put("message", hex(message));
    entry.put("signed_bytes", hex(frame(context, message)));
    entry.put("signature", hex(Signatures.sign(signer, SignatureContext.of(context), message)));
    return entry;
  }

  /** An invalid case built from a valid one: the public inputs only, then the caller's change. */
  private static ObjectNode invalid(String name, ObjectNode base) {
    ObjectNode entry = VectorJson.MAPPER.createObjectNode();
    entry.put("name", name);
    entry.put("valid", false);
    entry.put("error", "InvalidSignature");
    for (String field : new String[] {"public_key", "context", "message", "signature"}) {
      entry.set(field, base.get(field));
    }
    return entry;
  }

  /** The signed bytes, rebuilt here independently of {@code Signatures}. */
  private static byte[] frame(String context, byte[] message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("aparte/signature/v1".getBytes(StandardCharsets.UTF_8));
    out.write(0);
    out.writeBytes(context.getBytes(StandardCharsets.UTF_8));
    out.write(0);
    out.writeBytes(message);
    return out.toByteArray();
  }

  /** The same signature with S replaced by S + L, which strict verifiers must refuse. */
  private static byte[] plusOrder(byte[] signature) {
    BigInteger s = new BigInteger(1, reversed(Arrays.copyOfRange(signature, 32, 64)));
    byte[] bigEndian = s.add(ORDER).toByteArray(); // below 2^254: at most 32 bytes
    byte[] padded = new byte[32];
    System.arraycopy(bigEndian, 0, padded, 32 - bigEndian.length, bigEndian.length);
    byte[] out = signature.clone();
    System.arraycopy(reversed(padded), 0, out, 32, 32);
    return out;
  }

  private static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  private static byte[] rawSign(SigningKeyPair signer, byte[] message) {
    Ed25519Signer raw = new Ed25519Signer();
    raw.init(true, signer.bouncyCastlePrivateKey());
    raw.update(message, 0, message.length);
    return raw.generateSignature();
  }

  private static boolean rawVerify(SigningPublicKey key, byte[] message, byte[] signature) {
    Ed25519Signer raw = new Ed25519Signer();
    raw.init(false, key.bouncyCastleKey());
    raw.update(message, 0, message.length);
    return raw.verifySignature(signature);
  }

  private static byte[] flip(byte[] bytes, int index) {
    byte[] changed = bytes.clone();
    changed[index] ^= 0x01;
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
}
