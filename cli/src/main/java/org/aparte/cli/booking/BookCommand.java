package org.aparte.cli.booking;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Relative;
import org.aparte.client.vault.HeldToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aparte book}: encrypts a booking on this device and sends it without a session. */
@Command(name = "book", description = "Book an appointment (encrypted for the practice only).")
final class BookCommand implements Callable<Integer> {
  private static final Set<String> REFUSED_TOKEN =
      Set.of("token_spent", "token_expired", "token_epoch_unknown", "invalid_token");

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
    var target = ctx.practice(practice);
    ReminderAttacher reminders = ctx.reminders();
    HeldToken token = ctx.bookingToken();
    BookingReceipt receipt;
    try {
      receipt = ctx.bookings().book(target, appointment, token);
    } catch (ApiError refused) {
      if (REFUSED_TOKEN.contains(refused.code())) {
        ctx.dropToken(token);
        throw new UserInputException(
            "the server refused this booking token ("
                + refused.code()
                + "); run the command again");
      }
      throw refused;
    }
    BookingReceipt booked = receipt;
    ReminderNote.attach(
        reminders, booked, spec.commandLine().getErr(), () -> ctx.saveAppointment(booked, token));
    Print.receipt(spec.commandLine().getOut(), receipt, json);
    return 0;
  }
}
