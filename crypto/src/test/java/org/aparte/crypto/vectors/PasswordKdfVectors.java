package org.aparte.crypto.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.password.AccountKeys;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.crypto.password.AuthVerifier;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.password.PasswordKdf;

/**
 * Password to master key (Argon2id over the NFKC/UTF-8 password), to auth key and key-wrapping key
 * (HKDF), to auth verifier; plus KDF setups a client must refuse. Most cases use cheap costs (8
 * MiB, one pass) to keep the browser tests fast; one uses the real defaults.
 */
final class PasswordKdfVectors implements VectorSet {
  private static final Argon2Params CHEAP = new Argon2Params(8192, 1, 1);
  private static final String NFC = "Mot de passe s\u00e9curis\u00e9";
  private static final String NFD = "Mot de passe se\u0301curise\u0301";

  @Override
  public String name() {
    return "password-kdf";
  }

  @Override
  public ObjectNode generate(SecureRandom random) {
    ObjectNode file =
        VectorJson.header(
            name(),
            "Argon2id (RFC 9106, v0x13, 32-byte tag, no secret or associated data) over"
                + " UTF-8(NFKC(password)) with the KDF setup's costs and salt gives master_key;"
                + " auth_key = HKDF-SHA256(ikm=master_key, no salt, info='aparte/auth-key/v1', 32);"
                + " key_wrapping_key likewise with 'aparte/key-wrapping-key/v1';"
                + " auth_verifier = SHA-256('aparte/auth-verifier/v1' || 0x00 || auth_key)."
                + " kdf_setup = 01 (version) || 01 (Argon2id v19) || memory KiB (u32 BE) ||"
                + " iterations (u32 BE) || parallelism (u8) || salt (16). Invalid cases name the"
                + " error decoding kdf_setup must raise.");
    ArrayNode cases = (ArrayNode) file.get("cases");
    KdfSetup shared = KdfSetup.generate(CHEAP, random);
    cases.add(valid("ASCII password", "correct horse battery staple", shared));
    cases.add(valid("accents, composed (NFC)", NFC, shared));
    cases.add(valid("same accents decomposed (NFD): same keys as the NFC case", NFD, shared));
    cases.add(
        valid(
            "full-width letters and the fi ligature fold to ASCII under NFKC",
            "\uff21\uff50\uff41\uff52\uff54\u00e9 \ufb01n",
            KdfSetup.generate(CHEAP, random)));
    cases.add(
        valid(
            "emoji outside the basic plane",
            "cl\u00e9 \ud83d\udd11",
            KdfSetup.generate(CHEAP, random)));
    cases.add(
        valid(
            "two passes, two lanes",
            "correct horse battery staple",
            KdfSetup.generate(new Argon2Params(8192, 2, 2), random)));
    cases.add(
        valid(
            "default costs: 64 MiB, 3 passes, 1 lane",
            "correct horse battery staple",
            KdfSetup.generate(Argon2Params.DEFAULT, random)));
    byte[] good = shared.encode();
    cases.add(invalid("empty", new byte[0], "MalformedInput"));
    cases.add(invalid("truncated salt", Arrays.copyOf(good, 26), "MalformedInput"));
    cases.add(invalid("trailing byte", Arrays.copyOf(good, 28), "MalformedInput"));
    cases.add(invalid("version 2", patched(good, 0, 0x02), "UnsupportedVersion"));
    cases.add(invalid("unknown algorithm 2", patched(good, 1, 0x02), "UnsupportedVersion"));
    cases.add(invalid("memory 8191 KiB", patched(good, 2, 0, 0, 0x1f, 0xff), "MalformedInput"));
    cases.add(invalid("memory 4 TiB", patched(good, 2, 0xff, 0xff, 0xff, 0xff), "MalformedInput"));
    cases.add(invalid("memory 1 GiB + 1 KiB", patched(good, 2, 0, 0x10, 0, 1), "MalformedInput"));
    cases.add(invalid("0 iterations", patched(good, 6, 0, 0, 0, 0), "MalformedInput"));
    cases.add(invalid("11 iterations", patched(good, 6, 0, 0, 0, 11), "MalformedInput"));
    cases.add(invalid("parallelism 0", patched(good, 10, 0), "MalformedInput"));
    cases.add(invalid("parallelism 5", patched(good, 10, 5), "MalformedInput"));
    return file;
  }

  private static ObjectNode valid(String description, String password, KdfSetup setup) {
    Argon2Params params = setup.params();
    SecretBytes master = PasswordKdf.masterKey(password.toCharArray(), setup);
    AccountKeys keys = AccountKeys.fromMasterKey(master);
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("description", description);
    node.put("valid", true);
    node.put("password", password);
    node.put("password_utf8", hex(password.getBytes(StandardCharsets.UTF_8)));
    node.put("normalized_utf8", hex(nfkcUtf8(password)));
    node.put("memory_kib", params.memoryKiB());
    node.put("iterations", params.iterations());
    node.put("parallelism", params.parallelism());
    node.put("salt", hex(setup.salt()));
    node.put("kdf_setup", hex(setup.encode()));
    node.put("master_key", hex(master.revealCopy()));
    node.put("auth_key", hex(keys.authKey().revealCopy()));
    node.put("key_wrapping_key", hex(keys.keyWrappingKey().revealCopy()));
    node.put("auth_verifier", hex(AuthVerifier.of(keys.authKey())));
    return node;
  }

  private static ObjectNode invalid(String description, byte[] kdfSetup, String error) {
    ObjectNode node = VectorJson.MAPPER.createObjectNode();
    node.put("description", description);
    node.put("valid", false);
    node.put("kdf_setup", hex(kdfSetup));
    node.put("error", error);
    return node;
  }

  private static byte[] patched(byte[] encoded, int offset, int... values) {
    byte[] out = encoded.clone();
    for (int i = 0; i < values.length; i++) {
      out[offset + i] = (byte) values[i];
    }
    return out;
  }

  /** Written here with the JDK directly, not through the code under test. */
  private static byte[] nfkcUtf8(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public List<String> check(ObjectNode file) {
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
    byte[] passwordUtf8 = unhex(vector, "password_utf8");
    String password = new String(passwordUtf8, StandardCharsets.UTF_8);
    KdfSetup setup = KdfSetup.decode(unhex(vector, "kdf_setup"));
    Argon2Params expectedParams =
        new Argon2Params(
            vector.get("memory_kib").asInt(),
            vector.get("iterations").asInt(),
            vector.get("parallelism").asInt());
    SecretBytes master = PasswordKdf.masterKey(password.toCharArray(), setup);
    AccountKeys keys = AccountKeys.fromMasterKey(master);
    byte[] authKey = keys.authKey().revealCopy();
    List<String> mismatches = new ArrayList<>();
    expect(mismatches, "password", vector.get("password").asText().equals(password));
    expect(mismatches, "normalized_utf8", same(vector, "normalized_utf8", nfkcUtf8(password)));
    expect(mismatches, "params", setup.params().equals(expectedParams));
    expect(mismatches, "salt", same(vector, "salt", setup.salt()));
    expect(mismatches, "master_key", same(vector, "master_key", master.revealCopy()));
    expect(mismatches, "auth_key", same(vector, "auth_key", authKey));
    expect(
        mismatches,
        "key_wrapping_key",
        same(vector, "key_wrapping_key", keys.keyWrappingKey().revealCopy()));
    expect(
        mismatches,
        "auth_verifier",
        same(vector, "auth_verifier", AuthVerifier.of(keys.authKey())));
    expect(
        mismatches,
        "verifier check",
        AuthVerifier.matches(SecretBytes.copyOf(authKey), unhex(vector, "auth_verifier")));
    return mismatches.isEmpty() ? null : "mismatch in " + mismatches;
  }

  private static String checkInvalid(JsonNode vector) {
    String expected = vector.get("error").asText();
    try {
      KdfSetup.decode(unhex(vector, "kdf_setup"));
      return "decoded, expected " + expected;
    } catch (Exception e) {
      String actual = e.getClass().getSimpleName().replaceFirst("Exception$", "");
      return actual.equals(expected) ? null : "raised " + actual + ", expected " + expected;
    }
  }

  private static boolean same(JsonNode vector, String field, byte[] actual) {
    return Arrays.equals(unhex(vector, field), actual);
  }

  private static void expect(List<String> mismatches, String field, boolean ok) {
    if (!ok) {
      mismatches.add(field);
    }
  }
}
