package org.aparte.client.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.vectors.VectorJson;
import org.junit.jupiter.api.Test;

/**
 * {@code testdata/vectors/prescription.json} is exactly what {@link PrescriptionVectorCases} makes
 * (rewrite it with {@code -Daparte.vectors.write=true}), and the verifier gives every case the
 * verdict the file states. The web app's test checks the same file with its own modules.
 */
class PrescriptionVectorsTest {
  private static final Map<String, Class<? extends PrescriptionRejectedException>> ERRORS =
      Map.of(
          "altered", AlteredPrescriptionException.class,
          "key-not-in-log", KeyNotInLogException.class,
          "untrusted-tree-head", UntrustedTreeHeadException.class,
          "bad-proof", BadLogProofException.class,
          "unknown-signer-key", UnknownSignerKeyException.class);

  private final Path file = VectorJson.directory().resolve("prescription.json");

  @Test
  void theFileIsWhatTheGeneratorMakes() throws Exception {
    var generated = new PrescriptionVectorCases().file();
    if (Boolean.getBoolean("aparte.vectors.write")) {
      VectorJson.write(file, generated);
    }
    // As text: numbers read back as ints would not equal the generator's longs as nodes.
    assertThat(VectorJson.read(file).toString()).isEqualTo(generated.toString());
  }

  @Test
  void everyCaseGetsTheVerdictItStates() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (JsonNode c : VectorJson.read(file).get("cases")) {
      var verifier =
          new PrescriptionVerifier(SigningPublicKey.decode(VectorJson.unhex(c, "log_public_key")));
      String verdict;
      try {
        verifier.verify(c.get("qr_text").asText());
        verdict = "valid";
      } catch (PrescriptionRejectedException rejected) {
        verdict = rejected.getClass().getSimpleName();
      }
      String expected =
          c.get("valid").asBoolean()
              ? "valid"
              : ERRORS.get(c.get("error").asText()).getSimpleName();
      if (!verdict.equals(expected)) {
        wrong.add(c.get("name").asText() + ": " + verdict + " instead of " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
