package org.aparte.cli.booking;

import java.io.IOException;
import java.util.UUID;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;

final class Receipts {
  private Receipts() {}

  static BookingReceipt find(BookingContext ctx, UUID bookingId) throws IOException, ApiError {
    return ctx.appointments().stream()
        .filter(r -> r.bookingId().equals(bookingId))
        .findFirst()
        .orElseThrow(() -> new UserInputException("no such appointment in your vault"));
  }
}
