package org.aparte.cli.booking;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aparte.client.booking.BookingReceipt;

/** How receipts are shown: never the data key or the cancel secret. */
final class Print {
  private Print() {}

  static Map<String, Object> summary(BookingReceipt receipt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bookingId", receipt.bookingId());
    out.put("practiceId", receipt.practiceId());
    out.put("practiceName", receipt.practiceName());
    out.put("visitTypeName", receipt.visitTypeName());
    out.put("start", receipt.start());
    out.put("slotIds", receipt.slotIds());
    out.put("status", receipt.status());
    return out;
  }

  static void receipt(PrintWriter out, BookingReceipt receipt, boolean json) {
    if (json) {
      Output.json(out, summary(receipt));
    } else {
      out.println(
          receipt.status()
              + "  "
              + receipt.start()
              + "  "
              + nonNull(receipt.practiceName())
              + "  "
              + nonNull(receipt.visitTypeName())
              + "  (booking "
              + receipt.bookingId()
              + ")");
    }
    out.flush();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
