package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.token.BlindRsa;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.crypto.token.IssuerPublicKey;
import org.aparte.crypto.token.PendingToken;

/**
 * {@code booking-token.json}: booking tokens (RFC 9474 RSABSSA-SHA384-PSS-Randomized) as the
 * booking endpoint receives them. Valid cases give every field of the wire form and the signed
 * message; invalid cases name the error decoding or verifying must raise.
 */
public final class BookingTokenVectors implements VectorSet {
  private static final String DESCRIPTION =
      "token = 0x01 || epoch (u32) || nonce (32) || msg_prefix (32) || signature; the signature is"
          + " RSABSSA-SHA384-PSS-Randomized (RFC 9474: RSASSA-PSS, SHA-384, MGF1-SHA-384, salt 48)"
          + " over msg_prefix || signed_message, signed_message = utf8('aparte/booking-token/v1')"
          + " || 0x00 || epoch (u32) || nonce. public_key is the issuer's DER SubjectPublicKeyInfo.";

  @Override
  public String name() {
    return "booking-token";
  }

  @Override
  public ObjectNode generate(SecureRandom random) throws Exception {
    ObjectNode file = VectorJson.header("aparte-booking-token", DESCRIPTION);
    ArrayNode cases = (ArrayNode) file.get("cases");
    IssuerKeyPair issuer = IssuerKeyPair.generate(2048, random);
    IssuerKeyPair other = IssuerKeyPair.generate(2048, random);
    BookingToken token = issue(issuer, 2912, random);
    cases.add(valid("valid, epoch 2912", issuer.publicKey(), token));
    cases.add(valid("valid, epoch 0", issuer.publicKey(), issue(issuer, 0, random)));

    byte[] wire = token.encode();
    cases.add(invalid("bit flipped in the signature", issuer, flip(wire, wire.length - 1)));
    cases.add(invalid("bit flipped in the nonce", issuer, flip(wire, 10)));
    cases.add(invalid("bit flipped in msg_prefix", issuer, flip(wire, 40)));
    cases.add(invalid("another epoch", issuer, flip(wire, 4)));
    cases.add(invalid("another issuer's key", other, wire));
    byte[] versionTwo = wire.clone();
    versionTwo[0] = 2;
    cases.add(invalid("unknown version", issuer, versionTwo).put("error", "UnsupportedVersion"));
    cases.add(
        invalid("truncated before the signature", issuer, Arrays.copyOf(wire, 69))
            .put("error", "MalformedInput"));
    cases.add(invalid("signature one byte short", issuer, Arrays.copyOf(wire, wire.length - 1)));
    return file;
  }

  private static BookingToken issue(IssuerKeyPair issuer, long epoch, SecureRandom random)
      throws CryptoException {
    PendingToken pending = BookingTokens.request(issuer.publicKey(), epoch, random);
    return BookingTokens.complete(
        issuer.publicKey(), pending, BlindRsa.blindSign(issuer, pending.blindedMessage()));
  }

  private static ObjectNode valid(String name, IssuerPublicKey key, BookingToken token) {
    ObjectNode entry = VectorJson.MAPPER.createObjectNode();
    entry.put("name", name);
    entry.put("valid", true);
    entry.put("public_key", hex(key.encoded()));
    entry.put("epoch", token.epoch());
    entry.put("nonce", hex(token.nonce()));
    entry.put("msg_prefix", hex(token.messagePrefix()));
    entry.put("signed_message", hex(signedMessage(token.epoch(), token.nonce())));
    entry.put("signature", hex(token.signature()));
    entry.put("token", hex(token.encode()));
    return entry;
  }

  private static ObjectNode invalid(String name, IssuerKeyPair key, byte[] token) {
    ObjectNode entry = VectorJson.MAPPER.createObjectNode();
    entry.put("name", name);
    entry.put("valid", false);
    entry.put("error", "InvalidSignature");
    entry.put("public_key", hex(key.publicKey().encoded()));
    entry.put("token", hex(token));
    return entry;
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
    IssuerPublicKey key = IssuerPublicKey.decode(unhex(entry, "public_key"));
    byte[] wire = unhex(entry, "token");
    if (!entry.get("valid").asBoolean()) {
      String expected = entry.get("error").asText();
      try {
        BookingTokens.verify(key, BookingToken.decode(wire));
        return "succeeded, expected " + expected;
      } catch (CryptoException failure) {
        String actual = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
        return actual.equals(expected) ? null : "failed with " + actual + ", expected " + expected;
      }
    }
    BookingToken token = BookingToken.decode(wire);
    long epoch = entry.get("epoch").asLong();
    byte[] nonce = unhex(entry, "nonce");
    if (token.epoch() != epoch
        || !Arrays.equals(token.nonce(), nonce)
        || !Arrays.equals(token.messagePrefix(), unhex(entry, "msg_prefix"))
        || !Arrays.equals(token.signature(), unhex(entry, "signature"))) {
      return "the token's fields differ from the case's";
    }
    if (!Arrays.equals(signedMessage(epoch, nonce), unhex(entry, "signed_message"))
        || !Arrays.equals(token.signedMessage(), unhex(entry, "signed_message"))) {
      return "signed_message is not label || 0 || epoch || nonce";
    }
    BookingTokens.verify(key, token);
    BlindRsa.verify(key, token.messagePrefix(), unhex(entry, "signed_message"), token.signature());
    return null;
  }

  /** The signed message, rebuilt here independently of {@code BookingToken}. */
  private static byte[] signedMessage(long epoch, byte[] nonce) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("aparte/booking-token/v1".getBytes(StandardCharsets.UTF_8));
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) epoch).array());
    out.writeBytes(nonce);
    return out.toByteArray();
  }

  private static byte[] flip(byte[] bytes, int index) {
    byte[] out = bytes.clone();
    out[index] ^= 0x01;
    return out;
  }
}
