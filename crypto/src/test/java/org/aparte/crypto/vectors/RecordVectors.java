package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.record.NaiveRecordEncoder;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordHeader;
import org.aparte.crypto.record.RecordType;

/**
 * {@code record.json}: padded AES-256-GCM records. Each case gives the key, the type the reader
 * expects, the record id and the ciphertext; a valid case adds the plaintext, the nonce and the
 * padded length, an invalid one the error to raise.
 */
public final class RecordVectors implements VectorSet {
  private static final String DESCRIPTION =
      "Record v1. ciphertext = 0x01 || typeLen(1) || type ASCII || nonce(12) || AES-256-GCM(key,"
          + " nonce, pad(plaintext), aad) with a 16-byte tag. pad = plaintext || 0x80 || 0x00... to"
          + " the smallest power of two >= max(256, len+1). aad = utf8('aparte/record/v1') || 0x00"
          + " || header (version..nonce) || recordIdLen(1) || recordId. 'type' is the type the"
          + " reader expects; a header naming another type is WrongRecordType, checked before"
          + " decryption.";

  @Override
  public String name() {
    return "record";
  }

  @Override
  public ObjectNode generate(SecureRandom random) throws Exception {
    ObjectNode file = VectorJson.header("aparte-record", DESCRIPTION);
    ArrayNode cases = (ArrayNode) file.get("cases");
    byte[] key = bytes(random, 32);
    byte[] id = "booking/7f3a".getBytes(StandardCharsets.UTF_8);
    valid(cases, "empty plaintext", key, "booking", id, new byte[0], random);
    valid(cases, "one byte", key, "vault", new byte[] {0}, new byte[] {0x41}, random);
    valid(cases, "short text", key, "profile", id, utf8("Reason: follow-up visit"), random);
    valid(
        cases, "255 bytes: last of the 256 bucket", key, "booking", id, bytes(random, 255), random);
    valid(
        cases,
        "256 bytes: first of the 512 bucket",
        key,
        "booking",
        id,
        bytes(random, 256),
        random);
    valid(
        cases,
        "600 bytes, key-bundle type, 255-byte id",
        bytes(random, 32),
        "key-bundle",
        bytes(random, 255),
        bytes(random, 600),
        random);

    byte[] plaintext = utf8("Dr. Example, Tuesday 10:30");
    byte[] sealed =
        RecordCipher.seal(SecretBytes.copyOf(key), RecordType.of("booking"), id, plaintext, random);
    invalid(cases, "wrong key", bytes(random, 32), "booking", id, sealed, "DecryptionFailed");
    invalid(
        cases, "wrong record id", key, "booking", utf8("booking/7f3b"), sealed, "DecryptionFailed");
    invalid(cases, "expected another type", key, "vault", id, sealed, "WrongRecordType");
    invalid(
        cases,
        "type label rewritten to the expected one",
        key,
        "cooking",
        id,
        replaced(sealed, 2, (byte) 'c'),
        "DecryptionFailed");
    invalid(
        cases,
        "flipped bit in the nonce",
        key,
        "booking",
        id,
        flipped(sealed, 12),
        "DecryptionFailed");
    invalid(
        cases,
        "flipped bit in the ciphertext",
        key,
        "booking",
        id,
        flipped(sealed, 40),
        "DecryptionFailed");
    invalid(
        cases,
        "flipped bit in the tag",
        key,
        "booking",
        id,
        flipped(sealed, sealed.length - 1),
        "DecryptionFailed");
    invalid(
        cases,
        "version 2",
        key,
        "booking",
        id,
        replaced(sealed, 0, (byte) 2),
        "UnsupportedVersion");
    invalid(
        cases,
        "truncated by one byte",
        key,
        "booking",
        id,
        Arrays.copyOf(sealed, sealed.length - 1),
        "MalformedInput");
    invalid(cases, "header only", key, "booking", id, Arrays.copyOf(sealed, 21), "MalformedInput");
    invalid(cases, "empty", key, "booking", id, new byte[0], "MalformedInput");
    invalid(
        cases,
        "type label with an upper-case letter",
        key,
        "booking",
        id,
        replaced(sealed, 2, (byte) 'B'),
        "MalformedInput");
    invalid(
        cases,
        "valid tag over padding without the 0x80 marker (a buggy writer)",
        key,
        "booking",
        id,
        NaiveRecordEncoder.seal(key, "booking", id, bytes(random, 12), new byte[256]),
        "MalformedInput");
    return file;
  }

  @Override
  public List<String> check(ObjectNode file) throws Exception {
    List<String> failures = new ArrayList<>();
    for (JsonNode c : file.get("cases")) {
      String description = c.get("description").asText();
      byte[] key = unhex(c, "key");
      RecordType type = RecordType.of(c.get("type").asText());
      byte[] id = unhex(c, "recordId");
      byte[] ciphertext = unhex(c, "ciphertext");
      try {
        byte[] opened = RecordCipher.open(SecretBytes.copyOf(key), type, id, ciphertext);
        if (!c.get("valid").asBoolean()) {
          failures.add(description + ": opened, expected " + c.get("error").asText());
        } else if (!Arrays.equals(opened, unhex(c, "plaintext"))) {
          failures.add(description + ": wrong plaintext");
        } else if (!matchesHeaderAndNaiveEncoder(c, key, type, id, ciphertext)) {
          failures.add(description + ": header or naive re-encryption differs");
        }
      } catch (CryptoException e) {
        String error = e.getClass().getSimpleName().replace("Exception", "");
        if (c.get("valid").asBoolean() || !error.equals(c.get("error").asText())) {
          failures.add(description + ": got " + error + " (" + e.getMessage() + ")");
        }
      }
    }
    return failures;
  }

  private static boolean matchesHeaderAndNaiveEncoder(
      JsonNode c, byte[] key, RecordType type, byte[] id, byte[] ciphertext) throws Exception {
    RecordHeader header = RecordCipher.parseHeader(ciphertext);
    byte[] plaintext = unhex(c, "plaintext");
    byte[] naive =
        NaiveRecordEncoder.seal(
            key, type.label(), id, unhex(c, "nonce"), NaiveRecordEncoder.pad(plaintext));
    return header.type().equals(type)
        && header.paddedLength() == c.get("paddedLength").asInt()
        && Arrays.equals(naive, ciphertext);
  }

  private static void valid(
      ArrayNode cases,
      String description,
      byte[] key,
      String type,
      byte[] id,
      byte[] plaintext,
      SecureRandom random)
      throws CryptoException {
    byte[] ciphertext =
        RecordCipher.seal(SecretBytes.copyOf(key), RecordType.of(type), id, plaintext, random);
    ObjectNode c = common(cases, description, key, type, id, ciphertext);
    c.put("valid", true);
    c.put("plaintext", hex(plaintext));
    c.put("nonce", hex(Arrays.copyOfRange(ciphertext, 2 + type.length(), 14 + type.length())));
    c.put("paddedLength", RecordCipher.parseHeader(ciphertext).paddedLength());
  }

  private static void invalid(
      ArrayNode cases,
      String description,
      byte[] key,
      String type,
      byte[] id,
      byte[] ciphertext,
      String error) {
    ObjectNode c = common(cases, description, key, type, id, ciphertext);
    c.put("valid", false);
    c.put("error", error);
  }

  private static ObjectNode common(
      ArrayNode cases, String description, byte[] key, String type, byte[] id, byte[] ciphertext) {
    ObjectNode c = cases.addObject();
    c.put("description", description);
    c.put("key", hex(key));
    c.put("type", type);
    c.put("recordId", hex(id));
    c.put("ciphertext", hex(ciphertext));
    return c;
  }

  private static byte[] flipped(byte[] bytes, int position) {
    return replaced(bytes, position, (byte) (bytes[position] ^ 1));
  }

  private static byte[] replaced(byte[] bytes, int position, byte value) {
    byte[] copy = bytes.clone();
    copy[position] = value;
    return copy;
  }

  private static byte[] bytes(SecureRandom random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
