package org.aparte.client.message;

import java.util.List;

/** Decrypted messages of one page, oldest first; {@code next} is null at the end of the thread. */
public record ThreadPage(List<Message> messages, Long next) {
  public ThreadPage {
    messages = List.copyOf(messages);
  }
}
