package org.aparte.cli.booking;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.booking.BookingReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte cancel BOOKING}: cancels with the secret kept in the vault. */
@Command(name = "cancel", description = "Cancel one of your appointments.")
final class CancelCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "booking id")
  UUID booking;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  CancelCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    BookingReceipt cancelled = ctx.bookings().cancel(Receipts.find(ctx, booking));
    ctx.saveAppointment(cancelled);
    Print.receipt(spec.commandLine().getOut(), cancelled, json);
    return 0;
  }
}
