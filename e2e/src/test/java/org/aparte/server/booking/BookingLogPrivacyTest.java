package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.server.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * The booking path leaves no booking id, cancel secret, practice or visit type id, reason or client
 * address in the logs — on success and on refusal.
 */
class BookingLogPrivacyTest {
  private static final String REASON = "CANARY-reason-7c2e";

  @Test
  void bookingTrafficLeavesNothingIdentifyingInTheLogs() throws Exception {
    String logs;
    BookingReceipt receipt;
    try (BookingFixture fixture = new BookingFixture();
        LogCapture capture = LogCapture.start()) {
      String slot = slot(fixture.consult, 4, 9, 0);
      Bookings bookings = fixture.bookings();
      receipt = bookings.book(fixture.target(), appointment(fixture.consult, REASON, slot));
      bookings.status(receipt);
      assertThatThrownBy(
              () -> bookings.book(fixture.target(), appointment(fixture.consult, REASON, slot)))
          .isInstanceOf(ApiError.class);
      bookings.cancel(receipt);
      logs = capture.textOnce("/v1/bookings/{id}/cancel", Duration.ofSeconds(5));
    }
    // The access log names route templates, so the traffic is there, without its identifiers.
    assertThat(logs).contains("/v1/bookings").contains("/v1/bookings/{id}/cancel");
    String withoutStartup =
        String.join("\n", logs.lines().filter(line -> !line.contains("Listening on")).toList());
    assertThat(withoutStartup)
        .doesNotContain(receipt.bookingId().toString())
        .doesNotContain(receipt.practiceId().toString())
        .doesNotContain(receipt.slotIds().get(0))
        .doesNotContain(Base64.getEncoder().encodeToString(receipt.cancelSecret()))
        .doesNotContain(
            Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.cancelSecret()))
        .doesNotContain(REASON)
        .doesNotContain("127.0.0.1");
  }
}
