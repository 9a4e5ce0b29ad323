package org.aparte.cli.booking;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte reschedule BOOKING --slot S}: an atomic move to new slots. */
@Command(name = "reschedule", description = "Move one of your appointments to other slots.")
final class RescheduleCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "booking id")
  UUID booking;

  @Option(names = "--visit-type", required = true, description = "visit type id")
  UUID visitType;

  @Option(names = "--slot", required = true, description = "the new slot id(s)")
  List<String> slots;

  @Option(names = "--reason", defaultValue = "", description = "reason for the visit")
  String reason;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  RescheduleCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    BookingReceipt old = Receipts.find(ctx, booking);
    var relative =
        old.forRelativeId() == null ? null : ctx.relative(old.forRelativeId()).orElse(null);
    var appointment =
        new AppointmentRequest(
            ctx.patient(),
            relative,
            old.forRelativeId(),
            reason,
            visitType,
            old.visitTypeName(),
            slots);
    var target = ctx.practice(old.practiceId());
    ReminderAttacher reminders = ctx.reminders();
    BookingReceipt moved = ctx.bookings().reschedule(old, target, appointment);
    // Attaching replaces the jobs the booking had, due at the old time.
    ReminderNote.attach(
        reminders, moved, spec.commandLine().getErr(), () -> ctx.saveAppointment(moved));
    Print.receipt(spec.commandLine().getOut(), moved, json);
    return 0;
  }
}
