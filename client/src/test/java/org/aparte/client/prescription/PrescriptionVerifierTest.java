package org.aparte.client.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.junit.jupiter.api.Test;

class PrescriptionVerifierTest {
  private final LogFixture log = new LogFixture(37, 5);
  private final PrescriptionVerifier verifier = new PrescriptionVerifier(log.logKey.publicKey());

  @Test
  void anAuthenticCodeSaysWhoSignedItAndAtWhichTreeSize() throws Exception {
    SignedPrescription signed = log.sign(LogFixture.sample());

    VerifiedPrescription verified = verifier.verify(EvidenceCodec.toText(log.evidence(signed)));

    assertThat(verified.prescription()).isEqualTo(LogFixture.sample());
    assertThat(verified.signerAccount()).isEqualTo(log.practitionerAccount);
    assertThat(verified.treeSize()).isEqualTo(43);
  }

  @Test
  void oneAlteredCharacterIsRefusedAsAltered() throws Exception {
    SignedPrescription signed = log.sign(LogFixture.sample());
    byte[] encoded = signed.encoded();
    byte[] name = "Zoë Dupont".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(encoded, name);
    encoded[at] = 'C'; // "Coë Dupont": still a valid, canonical prescription

    PrescriptionEvidence evidence =
        log.evidence(encoded, signed.signature(), log.entry, log.leafIndex);

    assertThat(PrescriptionCodec.decode(encoded).patientName()).isEqualTo("Coë Dupont");
    assertThatThrownBy(() -> verifier.verify(EvidenceCodec.toText(evidence)))
        .isInstanceOf(AlteredPrescriptionException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void aKeyNotInTheLogIsRefused() throws Exception {
    SigningKeyPair outsider = SigningKeyPair.generate(log.random);
    SignedPrescription signed =
        PrescriptionIssuer.issue(outsider, log.practitionerAccount, LogFixture.sample());
    byte[] forged = LogFixture.entry(outsider, log.practitionerAccount);

    // The forger reuses the real entry's position and path: the root no longer matches.
    PrescriptionEvidence evidence =
        log.evidence(signed.encoded(), signed.signature(), forged, log.leafIndex);

    assertThatThrownBy(() -> verifier.verify(evidence))
        .isInstanceOf(KeyNotInLogException.class)
        .hasMessageContaining("not in the log at tree size 43");
  }

  @Test
  void aTreeHeadFromAnotherLogIsRefused() throws Exception {
    PrescriptionEvidence evidence = log.evidence(log.sign(LogFixture.sample()));
    var other = new PrescriptionVerifier(SigningKeyPair.generate(log.random).publicKey());

    assertThatThrownBy(() -> other.verify(evidence)).isInstanceOf(UntrustedTreeHeadException.class);
  }

  @Test
  void aProofOfTheWrongLengthIsABadProof() throws Exception {
    SignedPrescription signed = log.sign(LogFixture.sample());
    PrescriptionEvidence good = log.evidence(signed);
    PrescriptionEvidence cut =
        new PrescriptionEvidence(
            good.encoded(),
            good.signature(),
            good.keyEntry(),
            good.leafIndex(),
            good.path().subList(1, good.path().size()),
            good.treeHead());

    assertThatThrownBy(() -> verifier.verify(cut)).isInstanceOf(BadLogProofException.class);
  }

  @Test
  void aKeyLoggedAsAnotherKindIsAnUnknownSigner() throws Exception {
    SignedPrescription signed = log.sign(LogFixture.sample());
    byte[] practiceEntry =
        new KeyEntry(
                EntryKind.PRACTICE_KEY,
                log.practitionerAccount,
                1,
                1L,
                log.practitioner.publicKey().encoded(),
                null)
            .encode();
    PrescriptionEvidence evidence =
        log.evidence(signed.encoded(), signed.signature(), practiceEntry, log.leafIndex);

    assertThatThrownBy(() -> verifier.verify(evidence))
        .isInstanceOf(UnknownSignerKeyException.class);
  }

  @Test
  void garbageIsMalformedNotAltered() {
    assertThatThrownBy(() -> verifier.verify("RX1:NOT*VALID"))
        .isInstanceOf(MalformedPrescriptionException.class);
    assertThatThrownBy(() -> verifier.verify("HC1:ABC"))
        .isInstanceOf(MalformedPrescriptionException.class)
        .hasMessageContaining("RX1:");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
