package org.aparte.cli.prescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.Prescription;
import org.aparte.client.prescription.PrescriptionDelivery;
import org.aparte.client.prescription.PrescriptionIssuer;
import org.aparte.crypto.SecretBytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte prescription issue}: the practitioner signs a prescription with the account's
 * logged signing key and sends it, encrypted, as a document of one of the practice's bookings.
 */
@Command(
    name = "issue",
    description = "Sign a prescription and send it to the patient of a booking (practitioners).")
final class IssuePrescriptionCommand implements Callable<Integer> {
  private final Supplier<PrescriptionContext> context;
  private final Clock clock;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "your practice")
  UUID practice;

  @Option(names = "--booking", required = true, description = "the practice's booking")
  UUID booking;

  @Option(names = "--practitioner", required = true, description = "your name, as signed")
  String practitionerName;

  @Option(names = "--registration", required = true, description = "your registration number")
  String registration;

  @Option(names = "--patient", required = true, description = "the patient's full name")
  String patientName;

  @Option(names = "--birth-date", required = true, description = "the patient's, YYYY-MM-DD")
  LocalDate birthDate;

  @Option(
      names = "--medication",
      required = true,
      converter = MedicationOption.class,
      paramLabel = "\"" + MedicationOption.SYNTAX + "\"",
      description = "repeat for each (1 to 16), e.g. \"Amoxicillin 500 mg; 1 tablet 3x a day; 7\"")
  List<Medication> medications;

  @Option(names = "--issued-on", description = "YYYY-MM-DD (default: today on this device)")
  LocalDate issuedOn;

  /** {@code clock}'s zone decides which day "today" is: the device's, for the real CLI. */
  IssuePrescriptionCommand(Supplier<PrescriptionContext> context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    Prescription prescription = prescription();
    PrescriptionContext ctx = context.get();
    var signed = PrescriptionIssuer.issue(ctx.practitioner(), prescription);
    SecretBytes bookingKey = ctx.bookingKey(practice, booking);
    Path scratch = Files.createTempDirectory("aparte-rx");
    try {
      UUID document =
          PrescriptionDelivery.send(
              ctx.practiceDocuments(),
              ctx.practice(practice),
              booking,
              bookingKey,
              signed,
              scratch);
      spec.commandLine()
          .getOut()
          .println("sent prescription " + prescription.id() + " as document " + document);
      return 0;
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  private Prescription prescription() {
    try {
      return new Prescription(
          UUID.randomUUID(),
          issuedOn != null ? issuedOn : LocalDate.now(clock),
          practitionerName,
          registration,
          patientName,
          birthDate,
          medications);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
