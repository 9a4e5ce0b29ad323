package org.aparte.notifier.send;

import jakarta.mail.internet.InternetAddress;

/**
 * An e-mail ready for the wire: its envelope addresses and its RFC 5322 bytes. No {@code toString}
 * beyond the type: the bytes and the recipient are the patient's.
 */
record ComposedMail(InternetAddress sender, InternetAddress recipient, byte[] bytes) {
  @Override
  public String toString() {
    return "ComposedMail[REDACTED]";
  }
}
