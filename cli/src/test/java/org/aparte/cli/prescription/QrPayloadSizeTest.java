package org.aparte.cli.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.client.prescription.EvidenceCodec;
import org.aparte.client.prescription.PrescriptionEvidence;
import org.aparte.client.prescription.PrescriptionIssuer;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.testing.Trials;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the QR code carries for the sample two-medication prescription, by log size (the inclusion
 * path grows by one 32-byte hash each time the log doubles), and that any such code prints
 * readably. The numbers printed here are the ones docs/protocol.md quotes.
 */
class QrPayloadSizeTest {
  @TempDir Path dir;
  private final SigningKeyPair keys = SigningKeyPair.generate(new SecureRandom());

  @Test
  void aMillionKeyLogStillFitsAtErrorCorrectionM() throws Exception {
    for (int depth : new int[] {10, 20, 30}) {
      String text = EvidenceCodec.toText(evidence(depth, new java.util.Random(depth)));
      int binary = EvidenceCodec.encode(EvidenceCodec.fromText(text)).length;
      var code = Encoder.encode(text, ErrorCorrectionLevel.M);
      System.out.printf(
          "QR payload, log of 2^%d keys: %d bytes, %d Base45 characters, version %d-M%n",
          depth, binary, text.length(), code.getVersion().getVersionNumber());
      assertThat(code.getVersion().getVersionNumber()).isLessThanOrEqualTo(40);
    }
  }

  @Test
  void everyCodePrintsReadably() {
    Trials.forAll(
        12,
        random -> {
          String text = EvidenceCodec.toText(evidence(20, random));
          Path pdf = Files.createTempFile(dir, "rx", ".pdf");
          PrescriptionPdf.write(PrescriptionPdfTest.sample(), text, pdf);
          assertThat(PdfCodeReader.read(pdf)).isEqualTo(text);
        });
  }

  private PrescriptionEvidence evidence(int depth, java.util.Random random) {
    var signed = PrescriptionIssuer.issue(keys, UUID.randomUUID(), PrescriptionPdfTest.sample());
    byte[] entry =
        new KeyEntry(
                EntryKind.ACCOUNT_SIGNING_KEY,
                signed.signerAccount(),
                1,
                1_700_000_000_000L,
                keys.publicKey().encoded(),
                null)
            .encode();
    List<byte[]> path = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      path.add(hash);
    }
    byte[] root = new byte[32];
    random.nextBytes(root);
    long size = 1L << depth;
    var head = SignedTreeHead.sign(new TreeHead(size, root, 1_800_000_000_000L), keys);
    return new PrescriptionEvidence(
        signed.encoded(), signed.signature(), entry, size / 3, path, head);
  }
}
