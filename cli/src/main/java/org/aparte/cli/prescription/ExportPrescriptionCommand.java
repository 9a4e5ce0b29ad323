package org.aparte.cli.prescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.prescription.EvidenceCodec;
import org.aparte.client.prescription.PrescriptionCodec;
import org.aparte.client.prescription.PrescriptionDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte prescription export --booking B [--document D] --out FILE.pdf}: downloads a
 * received prescription, fetches the signer key's inclusion proof from the log (checked exactly as
 * a pharmacist will) and writes the printable PDF with its QR code.
 */
@Command(
    name = "export",
    description = "Write a received prescription as a PDF with its verifiable QR code.")
final class ExportPrescriptionCommand implements Callable<Integer> {
  private final Supplier<PrescriptionContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--booking", required = true, description = "one of your appointments")
  UUID booking;

  @Option(
      names = "--document",
      description = "which prescription (default: the only one of the booking)")
  UUID document;

  @Option(names = "--out", required = true, description = "the PDF to write")
  Path out;

  ExportPrescriptionCommand(Supplier<PrescriptionContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out)) {
      throw new UserInputException("will not overwrite " + out);
    }
    PrescriptionContext ctx = context.get();
    var receipt = ctx.appointment(booking);
    var documents = ctx.patientDocuments();
    UUID chosen = document != null ? document : only(PrescriptionDelivery.list(documents, receipt));
    Path scratch = Files.createTempDirectory("aparte-rx");
    try {
      var signed = PrescriptionDelivery.receive(documents, receipt, chosen, scratch);
      var evidence = ctx.evidence().fetch(signed);
      PrescriptionPdf.write(
          PrescriptionCodec.decode(signed.encoded()), EvidenceCodec.toText(evidence), out);
    } finally {
      Files.deleteIfExists(scratch);
    }
    spec.commandLine().getOut().println("wrote " + out + " (prescription " + chosen + ")");
    return 0;
  }

  private static UUID only(java.util.List<org.aparte.client.document.DocumentEntry> received) {
    if (received.size() != 1) {
      throw new UserInputException(
          received.isEmpty()
              ? "no prescription for this booking"
              : "this booking has "
                  + received.size()
                  + " prescriptions: pick one with --document (see prescription list)");
    }
    return received.get(0).documentId();
  }
}
