package org.aparte.cli.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.TamperedBookingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aparte agenda}: the practice's bookings, decrypted on this device. */
@Command(name = "agenda", description = "Show a practice's bookings (members only).")
final class AgendaCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "practice id")
  UUID practice;

  @Option(names = "--from", required = true, description = "ISO instant, e.g. 2026-03-02T00:00:00Z")
  Instant from;

  @Option(
      names = "--to",
      required = true,
      description = "ISO instant; at most 31 days after --from")
  Instant to;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  AgendaCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    AgendaView view = ctx.agenda().fetch(practice, ctx.keyring(practice), from, to);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (AgendaBooking booking : view.bookings()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bookingId", booking.bookingId());
        row.put("slotIds", booking.slotIds());
        row.put("status", booking.status());
        row.put("content", booking.content());
        rows.add(row);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("bookings", rows);
      doc.put(
          "tampered", view.problems().stream().map(TamperedBookingException::bookingId).toList());
      Output.json(out, doc);
    } else {
      for (AgendaBooking booking : view.bookings()) {
        var c = booking.content();
        var who =
            c.forRelative() == null
                ? c.patient().firstName() + " " + c.patient().lastName()
                : c.forRelative().firstName() + " " + c.forRelative().lastName();
        out.println(
            String.join(", ", booking.slotIds())
                + "  "
                + booking.status()
                + "  "
                + who
                + "  "
                + (c.visitTypeName() == null ? "" : c.visitTypeName())
                + "  "
                + (c.reason() == null ? "" : c.reason())
                + "  (booking "
                + booking.bookingId()
                + ")");
      }
    }
    for (TamperedBookingException problem : view.problems()) {
      err.println("aparte: " + problem.getMessage());
    }
    out.flush();
    err.flush();
    return view.problems().isEmpty() ? 0 : 4;
  }
}
