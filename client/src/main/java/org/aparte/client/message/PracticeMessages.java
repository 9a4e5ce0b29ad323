package org.aparte.client.message;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.message.MessagePage;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.MessageView;
import org.aparte.protocol.message.PostMessageRequest;

/**
 * A practice member's side of a booking's thread, with the member's session. The booking's data key
 * comes from the agenda (see {@code BookingDataKeys.openForPractice}); the server only sees the
 * thread id.
 */
public final class PracticeMessages {
  private final ApiTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public PracticeMessages(ApiTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Answers the booking's thread, which the patient must have opened (404 otherwise). */
  public long send(UUID practiceId, SecretBytes bookingKey, String text)
      throws IOException, ApiError {
    ThreadKeys thread = ThreadKeys.of(bookingKey);
    UUID id = UUID.randomUUID();
    byte[] sealed =
        MessageCrypto.seal(
            thread, id, MessageSender.PRACTICE, new MessageBody(text, clock.instant()), random);
    return transport
        .call(
            "POST", path(practiceId, thread), new PostMessageRequest(id, sealed), MessageView.class)
        .seq();
  }

  public ThreadPage page(UUID practiceId, SecretBytes bookingKey, long after, int limit)
      throws IOException, ApiError, TamperedMessageException {
    ThreadKeys thread = ThreadKeys.of(bookingKey);
    MessagePage page =
        transport.call(
            "GET",
            path(practiceId, thread) + ThreadPages.query(after, limit),
            null,
            MessagePage.class);
    return ThreadPages.open(thread, page, after);
  }

  private static String path(UUID practiceId, ThreadKeys thread) {
    return "/v1/practices/" + practiceId + "/threads/" + thread.threadIdHex() + "/messages";
  }
}
