package org.aparte.notifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.aparte.notifier.send.DevOutbox;
import org.aparte.notifier.send.Dispatcher;
import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SmtpMailer;
import org.aparte.notifier.send.SmtpSettings;
import org.aparte.notifier.sms.HttpsJsonGateway;
import org.aparte.notifier.sms.NoSmsGateway;
import org.aparte.notifier.sms.SmppGateway;
import org.aparte.notifier.sms.SmppSettings;

/**
 * Picks the relays from the environment: SMTP if {@code APARTE_SMTP_HOST} is set; SMS over SMPP if
 * {@code APARTE_SMPP_HOST} is set, else the HTTPS gateway if {@code APARTE_SMS_HTTP_URL} is set.
 * With {@code devOutbox} (the all-in-one run command), whatever is not configured goes to the
 * development outbox; without it, unconfigured e-mail is refused and unconfigured SMS fails.
 */
public final class Senders {
  private Senders() {}

  public static ReminderSender fromEnvironment(Map<String, String> env, Optional<Path> devOutbox)
      throws IOException {
    Optional<SmtpSettings> smtp = SmtpSettings.fromEnvironment(env);
    DevOutbox outbox = null;
    if (devOutbox.isPresent()) {
      outbox = new DevOutbox(devOutbox.get(), "reminders@aparte.localhost");
    }
    ReminderSender email;
    if (smtp.isPresent()) {
      email = new SmtpMailer(smtp.get());
    } else if (outbox != null) {
      email = outbox;
    } else {
      throw new IllegalArgumentException("set APARTE_SMTP_HOST (and friends) to send e-mail");
    }
    ReminderSender sms;
    Optional<SmppSettings> smpp = SmppSettings.fromEnvironment(env);
    Optional<HttpsJsonGateway> https = HttpsJsonGateway.fromEnvironment(env);
    if (smpp.isPresent()) {
      sms = new SmppGateway(smpp.get());
    } else if (https.isPresent()) {
      sms = https.get();
    } else if (outbox != null) {
      sms = outbox;
    } else {
      sms = new NoSmsGateway();
    }
    return new Dispatcher(email, sms);
  }

  /** Which relays {@link #fromEnvironment} picks, for the start-up line; no secrets. */
  public static String describe(Map<String, String> env, Optional<Path> devOutbox) {
    String email =
        SmtpSettings.fromEnvironment(env)
            .map(Object::toString)
            .orElse(devOutbox.isPresent() ? "development outbox" : "none");
    String sms =
        SmppSettings.fromEnvironment(env).isPresent()
            ? "SMPP"
            : HttpsJsonGateway.fromEnvironment(env).isPresent()
                ? "HTTPS gateway"
                : devOutbox.isPresent() ? "development outbox" : "none";
    return "e-mail: " + email + "; SMS: " + sms;
  }
}
