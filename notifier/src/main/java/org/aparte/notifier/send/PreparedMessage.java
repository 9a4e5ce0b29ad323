package org.aparte.notifier.send;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Hands Angus Mail's SMTP transport a message already written ({@link MailComposer}): it writes
 * those bytes as they are instead of composing its own.
 */
final class PreparedMessage extends MimeMessage {
  private final ComposedMail mail;

  PreparedMessage(Session session, ComposedMail mail) {
    super(session);
    this.mail = mail;
  }

  @Override
  public void writeTo(OutputStream out, String[] ignoredHeaders) throws IOException {
    out.write(mail.bytes());
  }

  @Override
  public void saveChanges() {
    // The bytes are final; there is nothing to update.
  }
}
