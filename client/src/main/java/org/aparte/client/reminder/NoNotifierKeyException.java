package org.aparte.client.reminder;

import java.io.IOException;

/**
 * The server publishes no current notifier key: it runs no notifier, so no booking on it carries
 * reminders.
 */
public final class NoNotifierKeyException extends IOException {
  private static final long serialVersionUID = 1L;

  public NoNotifierKeyException() {
    super("the server publishes no notifier key");
  }
}
