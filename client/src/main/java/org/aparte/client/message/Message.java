package org.aparte.client.message;

import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.message.MessageSender;

/** A decrypted message: its place in the thread, who wrote it, the text and when it was written. */
public record Message(long seq, UUID messageId, MessageSender sender, String text, Instant sentAt) {
  @Override
  public String toString() {
    return "Message[" + seq + ", " + sender + ", text redacted]";
  }
}
