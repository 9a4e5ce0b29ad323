package org.aparte.cli.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.TamperedBookingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte appointments}: the vault's list, refreshed from the server with {@code --refresh}.
 */
@Command(name = "appointments", description = "List your appointments.")
final class AppointmentsCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--refresh", description = "ask the server for each booking's status")
  boolean refresh;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  AppointmentsCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    List<BookingReceipt> receipts = new ArrayList<>(ctx.appointments());
    receipts.sort(
        Comparator.comparing(
            BookingReceipt::start, Comparator.nullsLast(Comparator.naturalOrder())));
    int problems = 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BookingReceipt receipt : receipts) {
      BookingReceipt shown = receipt;
      if (refresh) {
        try {
          shown = receipt.withStatus(ctx.bookings().status(receipt).status());
          if (shown.status() != receipt.status()) {
            ctx.saveAppointment(shown);
          }
        } catch (TamperedBookingException e) {
          problems++;
          err.println("aparte: " + e.getMessage());
        }
      }
      if (json) {
        rows.add(Print.summary(shown));
      } else {
        Print.receipt(out, shown, false);
      }
    }
    if (json) {
      Output.json(out, rows);
    }
    out.flush();
    err.flush();
    return problems == 0 ? 0 : 4;
  }
}
