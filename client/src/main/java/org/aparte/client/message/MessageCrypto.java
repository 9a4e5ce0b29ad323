package org.aparte.client.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.protocol.Json;
import org.aparte.protocol.message.MessageLimits;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.MessageView;

/**
 * Seals a message as a "message" record (padded to the record buckets) under the thread key, bound
 * to {@code thread id || message id || sender}: a message cannot be moved to another thread or
 * presented as the other side's.
 */
final class MessageCrypto {
  static final RecordType RECORD = RecordType.of("message");
  private static final ObjectMapper JSON = Json.mapper();

  private MessageCrypto() {}

  static byte[] seal(
      ThreadKeys thread,
      UUID messageId,
      MessageSender sender,
      MessageBody body,
      SecureRandom random) {
    if (body.text().isEmpty() || body.text().length() > MessageLimits.MAX_TEXT) {
      throw new IllegalArgumentException(
          "a message has 1 to " + MessageLimits.MAX_TEXT + " characters");
    }
    try {
      return RecordCipher.seal(
          thread.messageKey(),
          RECORD,
          recordId(thread, messageId, sender),
          JSON.writeValueAsBytes(body),
          random);
    } catch (IOException e) {
      throw new UncheckedIOException("a message body always serialises", e);
    }
  }

  static Message open(ThreadKeys thread, MessageView view) throws TamperedMessageException {
    byte[] plaintext;
    try {
      plaintext =
          RecordCipher.open(
              thread.messageKey(),
              RECORD,
              recordId(thread, view.messageId(), view.sender()),
              view.ciphertext());
    } catch (CryptoException e) {
      throw new TamperedMessageException("message " + view.seq() + " does not authenticate");
    }
    try {
      MessageBody body = JSON.readValue(plaintext, MessageBody.class);
      return new Message(view.seq(), view.messageId(), view.sender(), body.text(), body.sentAt());
    } catch (IOException | RuntimeException e) {
      throw new TamperedMessageException("message " + view.seq() + " is not a message");
    }
  }

  private static byte[] recordId(ThreadKeys thread, UUID messageId, MessageSender sender) {
    return ByteBuffer.allocate(32 + 16 + 1)
        .put(thread.threadId())
        .putLong(messageId.getMostSignificantBits())
        .putLong(messageId.getLeastSignificantBits())
        .put((byte) (sender == MessageSender.PATIENT ? 1 : 2))
        .array();
  }
}
