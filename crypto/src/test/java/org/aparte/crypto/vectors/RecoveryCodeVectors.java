package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.InvalidRecoveryCodeException;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.password.AuthVerifier;
import org.aparte.crypto.password.RecoveryCode;

/**
 * Recovery codes: entropy to displayed code and keys, forgiving typings of the same code, and
 * typings that must be refused. The expected code is computed here by a deliberately plain
 * reference encoder, so the file does not merely echo the code under test.
 */
final class RecoveryCodeVectors implements VectorSet {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final String ERROR = "InvalidRecoveryCode";

  @Override
  public String name() {
    return "recovery-code";
  }

  @Override
  public ObjectNode generate(SecureRandom random) throws Exception {
    ObjectNode file =
        VectorJson.header(
            name(),
            "checksum = SHA-256('aparte/recovery-checksum/v1' || 0x00 || entropy)[0..4];"
                + " code = Crockford base32 (alphabet "
                + ALPHABET
                + ") of entropy || checksum, 32 characters shown as 8 groups of 4 joined by '-'."
                + " Reading ignores '-' and whitespace, ignores case, reads I and L as 1 and O as 0."
                + " auth_key = HKDF-SHA256(ikm=entropy, no salt, info='aparte/recovery-auth-key/v1',"
                + " 32); wrapping_key likewise with 'aparte/recovery-wrapping-key/v1';"
                + " auth_verifier = SHA-256('aparte/auth-verifier/v1' || 0x00 || auth_key)."
                + " Invalid cases give the kind of problem in 'reason' (length, character,"
                + " checksum).");
    ArrayNode cases = (ArrayNode) file.get("cases");
    byte[] zeros = new byte[16];
    cases.add(valid("all-zero entropy", zeros, referenceCode(zeros)));
    for (int i = 0; i < 3; i++) {
      byte[] entropy = randomEntropy(random);
      cases.add(valid("random entropy", entropy, referenceCode(entropy)));
    }
    byte[] entropy = entropyWhoseCodeHas0And1(random);
    String code = referenceCode(entropy);
    cases.add(valid("lower case", entropy, code.toLowerCase(Locale.ROOT)));
    cases.add(valid("no hyphens", entropy, code.replace("-", "")));
    cases.add(valid("spaces instead of hyphens", entropy, " " + code.replace('-', ' ') + "\n"));
    cases.add(valid("look-alike: O for 0", entropy, code.replace('0', 'O')));
    cases.add(valid("look-alike: I for 1", entropy, code.replace('1', 'I')));
    cases.add(valid("look-alike: lower-case l for 1", entropy, code.replace('1', 'l')));
    cases.add(invalid("one character changed", substituted(code, 7), "checksum"));
    cases.add(invalid("last character changed", substituted(code, code.length() - 1), "checksum"));
    cases.add(invalid("two characters swapped", swapped(code), "checksum"));
    cases.add(invalid("the entropy in hex is not a code", hex(entropy), "checksum"));
    cases.add(invalid("one character missing", code.substring(1), "length"));
    cases.add(invalid("one character too many", code + "7", "length"));
    cases.add(invalid("empty", "", "length"));
    cases.add(invalid("U never appears", "U" + code.substring(1), "character"));
    cases.add(invalid("punctuation", code.replaceFirst("-", "."), "character"));
    cases.add(invalid("accented letter", "\u00c9" + code.substring(1), "character"));
    return file;
  }

  private static byte[] randomEntropy(SecureRandom random) {
    byte[] entropy = new byte[16];
    random.nextBytes(entropy);
    return entropy;
  }

  private static byte[] entropyWhoseCodeHas0And1(SecureRandom random) throws Exception {
    while (true) {
      byte[] entropy = randomEntropy(random);
      String code = referenceCode(entropy);
      if (code.contains("0") && code.contains("1")) {
        return entropy;
      }
    }
  }

  /** The reference encoding: 160 bits read 5 at a time from the most significant end. */
  private static String referenceCode(byte[] entropy) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update((Labels.RECOVERY_CHECKSUM + "\0").getBytes(StandardCharsets.UTF_8));
    byte[] checksum = Arrays.copyOf(sha256.digest(entropy), 4);
    byte[] payload = Arrays.copyOf(entropy, 20);
    System.arraycopy(checksum, 0, payload, 16, 4);
    BigInteger bits = new BigInteger(1, payload);
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(bits.shiftRight(155 - 5 * i).intValue() & 31));
    }
    return code.toString();
  }

  private static String substituted(String code, int position) {
    char original = code.charAt(position);
    char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + 1) % ALPHABET.length());
    return code.substring(0, position) + replacement + code.substring(position + 1);
  }

  private static String swapped(String code) {
    char[] chars = code.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      if (chars[i] != chars[i + 1] && chars[i] != '-' && chars[i + 1] != '-') {
        char first = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = first;
        return new String(chars);
      }
    }
    throw new IllegalStateException("a code with no two different neighbours");
  }

  private static ObjectNode valid(String description, byte[] entropy, String input)
      throws Exception {
    ExpectedKeys keys = keysOf(entropy);
    String code = referenceCode(entropy);
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("description", description);
    node.put("valid", true);
    node.put("entropy", hex(entropy));
    node.put("checksum", hex(checksumOf(code)));
    node.put("code", code);
    node.put("input", input);
    node.put("auth_key", hex(keys.authKey));
    node.put("wrapping_key", hex(keys.wrappingKey));
    node.put("auth_verifier", hex(keys.verifier));
    return node;
  }

  private static ObjectNode invalid(String description, String input, String reason) {
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("description", description);
    node.put("valid", false);
    node.put("input", input);
    node.put("error", ERROR);
    node.put("reason", reason);
    return node;
  }

  /** The last 4 bytes of the decoded code, read back with the same reference arithmetic. */
  private static byte[] checksumOf(String code) {
    BigInteger bits = BigInteger.ZERO;
    for (char c : code.replace("-", "").toCharArray()) {
      bits = bits.shiftLeft(5).or(BigInteger.valueOf(ALPHABET.indexOf(c)));
    }
    byte[] checksum = new byte[4];
    for (int i = 0; i < 4; i++) {
      checksum[i] = (byte) bits.shiftRight(8 * (3 - i)).intValue();
    }
    return checksum;
  }

  /** The keys straight from the documented derivation (HKDF of the entropy), not via the parser. */
  private record ExpectedKeys(byte[] authKey, byte[] wrappingKey, byte[] verifier) {}

  private static ExpectedKeys keysOf(byte[] entropy) {
    byte[] authKey = Hkdf.sha256(entropy, null, Labels.utf8(Labels.RECOVERY_AUTH_KEY), 32);
    byte[] wrappingKey = Hkdf.sha256(entropy, null, Labels.utf8(Labels.RECOVERY_WRAPPING_KEY), 32);
    byte[] verifier = AuthVerifier.of(SecretBytes.copyOf(authKey));
    return new ExpectedKeys(authKey, wrappingKey, verifier);
  }

  @Override
  public List<String> check(ObjectNode file) throws Exception {
    List<String> failures = new ArrayList<>();
    int index = 0;
    for (JsonNode vector : file.get("cases")) {
      String label = "case " + index++ + " (" + vector.path("description").asText() + ")";
      try {
        String problem =
            vector.get("valid").asBoolean() ? checkValid(vector) : checkInvalid(vector);
        if (problem != null) {
          failures.add(label + ": " + problem);
        }
      } catch (Exception e) {
        failures.add(label + ": " + e);
      }
    }
    return failures;
  }

  private static String checkValid(JsonNode vector) throws Exception {
    byte[] entropy = unhex(vector, "entropy");
    String code = vector.get("code").asText();
    RecoveryCode parsed = RecoveryCode.parse(vector.get("input").asText());
    ExpectedKeys expected = keysOf(entropy);
    List<String> mismatches = new ArrayList<>();
    expect(mismatches, "code", referenceCode(entropy).equals(code));
    expect(mismatches, "display", parsed.revealForDisplay().equals(code));
    expect(mismatches, "checksum", Arrays.equals(checksumOf(code), unhex(vector, "checksum")));
    expect(
        mismatches,
        "auth_key",
        Arrays.equals(parsed.authKey().revealCopy(), unhex(vector, "auth_key")));
    expect(
        mismatches,
        "auth_key from entropy",
        Arrays.equals(expected.authKey, unhex(vector, "auth_key")));
    expect(
        mismatches,
        "wrapping_key",
        Arrays.equals(parsed.wrappingKey().revealCopy(), unhex(vector, "wrapping_key")));
    expect(
        mismatches,
        "wrapping_key from entropy",
        Arrays.equals(expected.wrappingKey, unhex(vector, "wrapping_key")));
    expect(
        mismatches,
        "auth_verifier",
        Arrays.equals(AuthVerifier.of(parsed.authKey()), unhex(vector, "auth_verifier")));
    return mismatches.isEmpty() ? null : "mismatch in " + mismatches;
  }

  private static String checkInvalid(JsonNode vector) {
    String reason = vector.get("reason").asText();
    if (!ERROR.equals(vector.get("error").asText())) {
      return "unexpected error name " + vector.get("error").asText();
    }
    try {
      RecoveryCode.parse(vector.get("input").asText());
      return "parsed, expected " + ERROR + " (" + reason + ")";
    } catch (InvalidRecoveryCodeException e) {
      return e.getMessage().contains(messageMarker(reason))
          ? null
          : "refused for another reason than " + reason + ": " + e.getMessage();
    }
  }

  /** The part of the Java message that identifies each reason. */
  private static String messageMarker(String reason) {
    return switch (reason) {
      case "length" -> "a recovery code has 32 characters";
      case "character" -> "cannot appear in one";
      case "checksum" -> "checksum does not match";
      default -> throw new IllegalArgumentException("unknown reason " + reason);
    };
  }

  private static void expect(List<String> mismatches, String field, boolean ok) {
    if (!ok) {
      mismatches.add(field);
    }
  }
}
