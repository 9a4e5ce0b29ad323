package org.aparte.client.message;

import java.util.ArrayList;
import java.util.List;
import org.aparte.protocol.message.MessagePage;
import org.aparte.protocol.message.MessageView;

/** Opens a page the server sent, refusing it whole if any message fails or the order is wrong. */
final class ThreadPages {
  private ThreadPages() {}

  static ThreadPage open(ThreadKeys thread, MessagePage page, long after)
      throws TamperedMessageException {
    List<Message> messages = new ArrayList<>();
    long previous = after;
    for (MessageView view : page.messages()) {
      if (view.seq() <= previous) {
        throw new TamperedMessageException("the server sent messages out of order");
      }
      previous = view.seq();
      messages.add(MessageCrypto.open(thread, view));
    }
    return new ThreadPage(messages, page.next());
  }

  static String query(long after, int limit) {
    return "?after=" + after + "&limit=" + limit;
  }
}
