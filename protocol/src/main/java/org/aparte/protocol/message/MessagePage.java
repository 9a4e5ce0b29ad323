package org.aparte.protocol.message;

import java.util.List;

/**
 * Messages of one thread in order, after the cursor the caller gave; {@code next} is the cursor for
 * the following page, or null when this page reaches the end.
 */
public record MessagePage(List<MessageView> messages, Long next) {
  public MessagePage {
    messages = List.copyOf(messages);
  }
}
