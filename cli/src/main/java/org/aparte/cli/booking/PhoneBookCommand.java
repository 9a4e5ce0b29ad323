package org.aparte.cli.booking;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte phone-book}: a member books for a patient who phoned. Prints the cancel secret so
 * it can be given to the patient.
 */
@Command(name = "phone-book", description = "Book for a patient who phoned (members).")
final class PhoneBookCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "practice id")
  UUID practice;

  @Option(names = "--visit-type", required = true, description = "visit type id")
  UUID visitType;

  @Option(names = "--visit-type-name", defaultValue = "", description = "visit type name")
  String visitTypeName;

  @Option(names = "--slot", required = true, description = "slot id(s)")
  List<String> slots;

  @Option(names = "--first-name", required = true)
  String firstName;

  @Option(names = "--last-name", required = true)
  String lastName;

  @Option(names = "--birth-date")
  LocalDate birthDate;

  @Option(names = "--phone")
  String phone;

  @Option(names = "--email")
  String email;

  @Option(names = "--reason", defaultValue = "")
  String reason;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  PhoneBookCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    var patient = new Person(firstName, lastName, birthDate, null, phone, email);
    var appointment =
        new AppointmentRequest(patient, null, null, reason, visitType, visitTypeName, slots);
    BookingReceipt receipt = ctx.agenda().phoneBook(ctx.practice(practice), appointment);
    var out = spec.commandLine().getOut();
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.cancelSecret());
    if (json) {
      var summary = Print.summary(receipt);
      summary.put("cancelSecret", secret);
      Output.json(out, summary);
    } else {
      Print.receipt(out, receipt, false);
      out.println("cancel secret for the patient: " + secret);
    }
    out.flush();
    return 0;
  }
}
