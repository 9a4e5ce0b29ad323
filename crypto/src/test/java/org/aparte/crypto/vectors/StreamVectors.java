package org.aparte.crypto.vectors;

import static org.aparte.crypto.stream.NaiveStreamEncoder.assemble;
import static org.aparte.crypto.stream.NaiveStreamEncoder.segments;
import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.stream.NaiveStreamEncoder;
import org.aparte.crypto.stream.StreamCipher;

/**
 * {@code stream.json}: segmented streams. Most cases use 1 KiB segments (exponent 10, which every
 * decoder must accept although encoders only write 16..20) so that multi-segment files stay a few
 * kilobytes of hex; two cases use the default 64 KiB segments with short plaintexts.
 */
public final class StreamVectors implements VectorSet {
  private static final String DESCRIPTION =
      "Stream v1. header = 0x01 || segmentExponent(1, decoders accept 10..20) || salt(32) ||"
          + " noncePrefix(7). segmentKey = HKDF-SHA256(ikm=key, salt=salt,"
          + " info=utf8('aparte/stream/v1') || 0x00 || associatedData, 32). Then segments: each"
          + " non-final one is 2^exponent plaintext bytes, the final one 0..2^exponent, each"
          + " AES-256-GCM(segmentKey, nonce = noncePrefix || i (4, big-endian) || last (1: 0x01"
          + " final, else 0x00), aad = header) with a 16-byte tag. A segment is final iff nothing"
          + " follows it. Errors: no header byte or short header or exponent outside 10..20 ="
          + " MalformedInput; version != 1 = UnsupportedVersion; no segment, or a last chunk that"
          + " is full-size and authenticates only as non-final = TruncatedStream; anything else"
          + " that fails to authenticate (including a last chunk shorter than 16 bytes) ="
          + " DecryptionFailed.";

  private static final int SMALL = 10;

  @Override
  public String name() {
    return "stream";
  }

  @Override
  public ObjectNode generate(SecureRandom random) throws Exception {
    ObjectNode file = VectorJson.header("aparte-stream", DESCRIPTION);
    ArrayNode cases = (ArrayNode) file.get("cases");
    byte[] key = bytes(random, 32);
    byte[] ad = "document/1c9e".getBytes(StandardCharsets.UTF_8);
    for (int size : new int[] {0, 1, 1023, 1024, 1025}) {
      valid(
          cases,
          size + (size == 1 ? " byte" : " bytes") + ", 1 KiB segments",
          key,
          ad,
          SMALL,
          bytes(random, size),
          random);
    }
    byte[] threeSegments =
        valid(cases, "3 segments (1024 + 1024 + 52)", key, ad, SMALL, bytes(random, 2100), random);
    valid(cases, "empty, default 64 KiB segments", key, ad, 16, new byte[0], random);
    valid(
        cases,
        "short text, default 64 KiB segments, 255-byte associated data",
        bytes(random, 32),
        bytes(random, 255),
        16,
        "Scan results, page 1".getBytes(StandardCharsets.UTF_8),
        random);

    List<byte[]> parts = segments(threeSegments);
    invalid(
        cases,
        "cut at a segment boundary (final segment dropped)",
        key,
        ad,
        assemble(threeSegments, parts.subList(0, 2)),
        "TruncatedStream");
    invalid(cases, "header only", key, ad, Arrays.copyOf(threeSegments, 41), "TruncatedStream");
    invalid(
        cases,
        "cut inside a segment",
        key,
        ad,
        Arrays.copyOf(threeSegments, 41 + 1040 + 500),
        "DecryptionFailed");
    invalid(
        cases,
        "cut 10 bytes into a segment (shorter than a tag)",
        key,
        ad,
        Arrays.copyOf(threeSegments, 41 + 1040 + 10),
        "DecryptionFailed");
    invalid(
        cases,
        "segments 0 and 1 swapped",
        key,
        ad,
        reordered(threeSegments, parts, 1, 0, 2),
        "DecryptionFailed");
    invalid(
        cases,
        "segment 1 duplicated",
        key,
        ad,
        reordered(threeSegments, parts, 0, 1, 1, 2),
        "DecryptionFailed");
    byte[] other =
        NaiveStreamEncoder.encrypt(
            key, ad, SMALL, bytes(random, 32), bytes(random, 7), bytes(random, 2100));
    List<byte[]> spliced = new ArrayList<>(parts);
    spliced.set(1, segments(other).get(1));
    invalid(
        cases,
        "segment 1 from another stream with the same key and associated data",
        key,
        ad,
        assemble(threeSegments, spliced),
        "DecryptionFailed");

    byte[] small =
        NaiveStreamEncoder.encrypt(
            key,
            ad,
            SMALL,
            bytes(random, 32),
            bytes(random, 7),
            "hello".getBytes(StandardCharsets.UTF_8));
    invalid(
        cases,
        "one byte appended after the final segment",
        key,
        ad,
        Arrays.copyOf(small, small.length + 1),
        "DecryptionFailed");
    invalid(cases, "wrong key", bytes(random, 32), ad, small, "DecryptionFailed");
    invalid(
        cases,
        "wrong associated data",
        key,
        "document/1c9f".getBytes(StandardCharsets.UTF_8),
        small,
        "DecryptionFailed");
    invalid(cases, "flipped bit in the salt", key, ad, flipped(small, 5), "DecryptionFailed");
    invalid(
        cases, "flipped bit in the nonce prefix", key, ad, flipped(small, 36), "DecryptionFailed");
    invalid(
        cases,
        "flipped bit in the tag",
        key,
        ad,
        flipped(small, small.length - 1),
        "DecryptionFailed");
    invalid(
        cases,
        "segment exponent changed 10 -> 11",
        key,
        ad,
        replaced(small, 1, 11),
        "DecryptionFailed");
    invalid(cases, "segment exponent 9", key, ad, replaced(small, 1, 9), "MalformedInput");
    invalid(cases, "segment exponent 21", key, ad, replaced(small, 1, 21), "MalformedInput");
    invalid(cases, "version 2", key, ad, replaced(small, 0, 2), "UnsupportedVersion");
    invalid(cases, "truncated header", key, ad, Arrays.copyOf(small, 40), "MalformedInput");
    invalid(cases, "empty input", key, ad, new byte[0], "MalformedInput");
    return file;
  }

  @Override
  public List<String> check(ObjectNode file) throws Exception {
    List<String> failures = new ArrayList<>();
    for (JsonNode c : file.get("cases")) {
      String description = c.get("description").asText();
      byte[] key = unhex(c, "key");
      byte[] ad = unhex(c, "associatedData");
      byte[] ciphertext = unhex(c, "ciphertext");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        StreamCipher.decrypt(
            SecretBytes.copyOf(key), ad, new ByteArrayInputStream(ciphertext), out);
        if (!c.get("valid").asBoolean()) {
          failures.add(description + ": decrypted, expected " + c.get("error").asText());
        } else if (!Arrays.equals(out.toByteArray(), unhex(c, "plaintext"))) {
          failures.add(description + ": wrong plaintext");
        } else if (!Arrays.equals(ciphertext, naive(c, key, ad))) {
          failures.add(description + ": naive re-encryption differs");
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

  private static byte[] naive(JsonNode c, byte[] key, byte[] ad) throws Exception {
    return NaiveStreamEncoder.encrypt(
        key,
        ad,
        c.get("segmentExponent").asInt(),
        unhex(c, "salt"),
        unhex(c, "noncePrefix"),
        unhex(c, "plaintext"));
  }

  /** Encrypts a valid case (the public encoder for public sizes, the naive one below them). */
  private static byte[] valid(
      ArrayNode cases,
      String description,
      byte[] key,
      byte[] ad,
      int exponent,
      byte[] plaintext,
      SecureRandom random)
      throws Exception {
    byte[] ciphertext;
    if (exponent >= StreamCipher.MIN_SEGMENT_EXPONENT) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StreamCipher.withSegmentExponent(exponent)
          .encrypt(SecretBytes.copyOf(key), ad, new ByteArrayInputStream(plaintext), out, random);
      ciphertext = out.toByteArray();
    } else {
      ciphertext =
          NaiveStreamEncoder.encrypt(
              key, ad, exponent, bytes(random, 32), bytes(random, 7), plaintext);
    }
    ObjectNode c = common(cases, description, key, ad, ciphertext);
    c.put("valid", true);
    c.put("plaintext", hex(plaintext));
    c.put("segmentExponent", exponent);
    c.put("salt", hex(Arrays.copyOfRange(ciphertext, 2, 34)));
    c.put("noncePrefix", hex(Arrays.copyOfRange(ciphertext, 34, 41)));
    return ciphertext;
  }

  private static void invalid(
      ArrayNode cases, String description, byte[] key, byte[] ad, byte[] ciphertext, String error) {
    ObjectNode c = common(cases, description, key, ad, ciphertext);
    c.put("valid", false);
    c.put("error", error);
  }

  private static ObjectNode common(
      ArrayNode cases, String description, byte[] key, byte[] ad, byte[] ciphertext) {
    ObjectNode c = cases.addObject();
    c.put("description", description);
    c.put("key", hex(key));
    c.put("associatedData", hex(ad));
    c.put("ciphertext", hex(ciphertext));
    return c;
  }

  private static byte[] reordered(byte[] ciphertext, List<byte[]> parts, int... order) {
    List<byte[]> segments = new ArrayList<>();
    for (int index : order) {
      segments.add(parts.get(index));
    }
    return assemble(ciphertext, Collections.unmodifiableList(segments));
  }

  private static byte[] flipped(byte[] bytes, int position) {
    return replaced(bytes, position, bytes[position] ^ 1);
  }

  private static byte[] replaced(byte[] bytes, int position, int value) {
    byte[] copy = bytes.clone();
    copy[position] = (byte) value;
    return copy;
  }

  private static byte[] bytes(SecureRandom random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }
}
