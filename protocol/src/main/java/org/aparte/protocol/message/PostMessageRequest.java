package org.aparte.protocol.message;

import java.util.UUID;
import org.aparte.protocol.Check;

/**
 * One message to a thread: a "message" record sealed under the thread key. The id is the client's,
 * so a retried post is stored once.
 */
public record PostMessageRequest(UUID messageId, byte[] ciphertext) {
  public PostMessageRequest {
    Check.present("messageId", messageId);
    Check.bytes(
        "ciphertext", ciphertext, MessageLimits.MIN_CIPHERTEXT, MessageLimits.MAX_CIPHERTEXT);
  }
}
