package org.aparte.server.support;

import java.util.UUID;

/** The disclosure id of log entries that concern a ticket but no access request. */
final class SupportAccessIds {
  static final UUID NONE = new UUID(0, 0);

  private SupportAccessIds() {}
}
