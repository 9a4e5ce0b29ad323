package org.aparte.protocol.reminder;

import java.util.List;
import org.aparte.protocol.Check;

/** {@code GET /v1/notifier/keys}: the notifier's published keys, the current one first. */
public record NotifierKeys(List<NotifierKey> keys) {
  public NotifierKeys {
    keys = Check.list("keys", keys, 0, 16);
  }
}
