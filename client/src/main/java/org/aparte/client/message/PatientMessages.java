package org.aparte.client.message;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.protocol.message.MessagePage;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.MessageView;
import org.aparte.protocol.message.PostMessageRequest;

/**
 * The patient's thread with the practice of one booking, reached with the booking's cancel secret
 * over the anonymous transport (never the account's session); the first message opens it.
 */
public final class PatientMessages {
  private final AnonymousTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public PatientMessages(AnonymousTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public long send(BookingReceipt booking, String text) throws IOException, ApiError {
    ThreadKeys thread = thread(booking);
    UUID id = UUID.randomUUID();
    byte[] sealed =
        MessageCrypto.seal(
            thread, id, MessageSender.PATIENT, new MessageBody(text, clock.instant()), random);
    return transport
        .call(
            "POST",
            path(booking, thread),
            capability(booking),
            new PostMessageRequest(id, sealed),
            MessageView.class)
        .seq();
  }

  public ThreadPage page(BookingReceipt booking, long after, int limit)
      throws IOException, ApiError, TamperedMessageException {
    ThreadKeys thread = thread(booking);
    MessagePage page =
        transport.call(
            "GET",
            path(booking, thread) + ThreadPages.query(after, limit),
            capability(booking),
            null,
            MessagePage.class);
    return ThreadPages.open(thread, page, after);
  }

  private static ThreadKeys thread(BookingReceipt booking) {
    return ThreadKeys.of(SecretBytes.copyOf(booking.dataKey()));
  }

  private static String path(BookingReceipt booking, ThreadKeys thread) {
    return "/v1/bookings/" + booking.bookingId() + "/threads/" + thread.threadIdHex() + "/messages";
  }

  private static Map<String, String> capability(BookingReceipt booking) {
    return Map.of(
        DocumentLimits.CAPABILITY_HEADER,
        Base64.getEncoder().encodeToString(booking.cancelSecret()));
  }
}
