package org.aparte.cli.booking;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Relative;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aparte book}: encrypts a booking on this device and sends it without a session. */
@Command(name = "book", description = "Book an appointment (encrypted for the practice only).")
final class BookCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "practice id")
  UUID practice;

  @Option(names = "--visit-type", required = true, description = "visit type id")
  UUID visitType;

  @Option(names = "--visit-type-name", defaultValue = "", description = "visit type name")
  String visitTypeName;

  @Option(
      names = "--slot",
      required = true,
      description = "slot id; give two for a visit with its follow-up")
  List<String> slots;

  @Option(names = "--reason", defaultValue = "", description = "reason for the visit")
  String reason;

  @Option(names = "--for", description = "id of a relative from your vault")
  UUID forRelative;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  BookCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    Relative relative = null;
    if (forRelative != null) {
      relative =
          ctx.relative(forRelative)
              .orElseThrow(() -> new UserInputException("no such relative in your vault"));
    }
    var appointment =
        new AppointmentRequest(
            ctx.patient(), relative, forRelative, reason, visitType, visitTypeName, slots);
    BookingReceipt receipt = ctx.bookings().book(ctx.practice(practice), appointment);
    ctx.saveAppointment(receipt);
    Print.receipt(spec.commandLine().getOut(), receipt, json);
    return 0;
  }
}
