package org.aparte.cli.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.cli.Profile;
import org.aparte.client.prescription.EvidenceCodec;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.Prescription;
import org.aparte.client.prescription.PrescriptionEvidence;
import org.aparte.client.prescription.PrescriptionIssuer;
import org.aparte.client.prescription.SignedPrescription;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MemoryTree;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The patient's PDF, read back as a scanner would (rendered pixels), then checked by the CLI. */
class PrescriptionPdfTest {
  @TempDir Path dir;
  private final SecureRandom random = new SecureRandom();
  private final SigningKeyPair logKey = SigningKeyPair.generate(random);
  private final SigningKeyPair practitioner = SigningKeyPair.generate(random);
  private final UUID account = UUID.randomUUID();
  private final MemoryTree tree = new MemoryTree();

  @Test
  void theQrCodeRenderedInThePdfDecodesAndVerifies() throws Exception {
    String code =
        code(PrescriptionIssuer.issue(practitioner, account, sample()), entry(practitioner));
    Path pdf = dir.resolve("rx.pdf");
    PrescriptionPdf.write(sample(), code, pdf);

    assertThat(PdfCodeReader.read(pdf)).isEqualTo(code);
    Run run = verify(pdf.toString());
    assertThat(run.exit).isZero();
    assertThat(run.out)
        .startsWith("AUTHENTIC")
        .contains("Dr Hélène Martin, registration number 10003456789")
        .contains("account " + account)
        .contains("tree size 1001");
  }

  @Test
  void anAlteredPrescriptionInAPdfIsRefused() throws Exception {
    SignedPrescription real = PrescriptionIssuer.issue(practitioner, account, sample());
    Prescription changed = withPatient("Zoé Dupont");
    SignedPrescription altered =
        new SignedPrescription(
            org.aparte.client.prescription.PrescriptionCodec.encode(changed),
            real.signature(),
            account,
            1);
    Path pdf = dir.resolve("altered.pdf");
    String qrText = code(altered, entry(practitioner));
    PrescriptionPdf.write(changed, qrText, pdf);

    Run run = verify(pdf.toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).startsWith("NOT AUTHENTIC (altered or forged)");
  }

  @Test
  void aKeyOutsideTheLogIsRefused() throws Exception {
    SigningKeyPair outsider = SigningKeyPair.generate(random);
    String code = code(PrescriptionIssuer.issue(outsider, account, sample()), entry(outsider));
    Run run = verify(code);

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).startsWith("NOT AUTHENTIC (signer key not in the log)");
  }

  /** Evidence whose proof is the real signer's (at index 500 of 1001): forged entries fail. */
  private String code(SignedPrescription signed, byte[] claimedEntry) throws Exception {
    for (int i = 0; i < 500; i++) {
      tree.appendEntry(entry(SigningKeyPair.generate(random)));
    }
    tree.appendEntry(entry(practitioner));
    for (int i = 0; i < 500; i++) {
      tree.appendEntry(entry(SigningKeyPair.generate(random)));
    }
    var head =
        SignedTreeHead.sign(new TreeHead(tree.size(), tree.root(), 1_800_000_000_000L), logKey);
    var evidence =
        new PrescriptionEvidence(
            signed.encoded(),
            signed.signature(),
            claimedEntry,
            500,
            new ProofGenerator(tree).inclusion(500, tree.size()),
            head);
    return EvidenceCodec.toText(evidence);
  }

  private byte[] entry(SigningKeyPair keys) {
    UUID subject = keys == practitioner ? account : UUID.randomUUID();
    return new KeyEntry(
            EntryKind.ACCOUNT_SIGNING_KEY, subject, 1, 1L, keys.publicKey().encoded(), null)
        .encode();
  }

  private record Run(int exit, String out) {}

  private Run verify(String input) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new VerifyPrescriptionCommand(new Profile(dir.resolve("p"))));
    cli.setOut(new PrintWriter(out, true));
    int exit =
        cli.execute(
            input, "--log-key", Base64.getEncoder().encodeToString(logKey.publicKey().encoded()));
    return new Run(exit, out.toString());
  }

  static Prescription sample() {
    return withPatient("Zoë Dupont");
  }

  static Prescription withPatient(String patient) {
    return new Prescription(
        UUID.fromString("7b1e5a52-94c4-4b39-8f0e-2d7f0c1a9e33"),
        LocalDate.of(2026, 11, 22),
        "Dr Hélène Martin",
        "10003456789",
        patient,
        LocalDate.of(1958, 3, 14),
        List.of(
            new Medication("Amoxicilline 1 g", "1 comprimé matin et soir", 7),
            new Medication("Paracétamol 500 mg", "1 à 2 comprimés, 3 fois par jour au plus", 5)));
  }
}
