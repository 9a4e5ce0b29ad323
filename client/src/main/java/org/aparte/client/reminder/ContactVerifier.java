package org.aparte.client.reminder;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.reminder.NotifierKeys;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.protocol.verification.ConfirmVerificationRequest;
import org.aparte.protocol.verification.StartVerificationRequest;
import org.aparte.protocol.verification.StartVerificationResponse;
import org.aparte.protocol.verification.VerificationCodeFormat;
import org.aparte.protocol.verification.VerificationStatus;

/**
 * Verifies an e-mail address or phone number without the server learning it: the address is sealed
 * to the notifier, which sends the code the server drew; the user types it back. On the account's
 * session (the operator knows the account anyway; it never sees the address).
 */
public final class ContactVerifier {
  private static final RecordType TYPE = RecordType.of(VerificationCodeFormat.CONTACT_TYPE);
  private static final WrapPurpose PURPOSE = WrapPurpose.of(VerificationCodeFormat.CONTACT_TYPE);

  private final ApiTransport session;
  private final SecureRandom random;
  private final Clock clock;

  public ContactVerifier(ApiTransport session, SecureRandom random, Clock clock) {
    this.session = Objects.requireNonNull(session, "session");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Seals the contact and asks for a code to be sent to it. */
  public StartVerificationResponse start(
      ReminderChannel channel, String destination, String language) throws IOException, ApiError {
    return start(channel, destination, language, Reminders.currentKey(keys()));
  }

  /** As above, sealing only to a notifier key {@code logged} has proven is in the log. */
  public StartVerificationResponse start(
      ReminderChannel channel, String destination, String language, KeyDirectory logged)
      throws IOException, ApiError, LogVerificationException {
    return start(channel, destination, language, LoggedNotifierKey.require(keys(), logged));
  }

  private NotifierKeys keys() throws IOException, ApiError {
    return session.call("GET", "/v1/notifier/keys", null, NotifierKeys.class);
  }

  private StartVerificationResponse start(
      ReminderChannel channel, String destination, String language, EncryptionPublicKey key)
      throws IOException, ApiError {
    if (channel == ReminderChannel.NONE) {
      throw new IllegalArgumentException("verify an e-mail address or a phone number");
    }
    var message =
        new ReminderMessage(
            channel, destination, SealedReminder.floorToGranularity(clock.instant()), language, "");
    UUID jobId = UUID.randomUUID();
    byte[] plaintext = ReminderFormat.encode(message);
    byte[] sealed;
    try {
      sealed =
          SealedEnvelope.seal(key, PURPOSE, TYPE, Reminders.recordId(jobId), plaintext, random);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
    return session.call(
        "POST",
        "/v1/accounts/me/verifications",
        new StartVerificationRequest(jobId, sealed),
        StartVerificationResponse.class);
  }

  /** The code the user received; an {@link ApiError} says wrong, expired or exhausted. */
  public void confirm(UUID verificationId, String code) throws IOException, ApiError {
    session.call(
        "POST",
        "/v1/accounts/me/verifications/" + verificationId + "/confirm",
        new ConfirmVerificationRequest(code),
        Void.class);
  }

  public boolean isVerified() throws IOException, ApiError {
    return session
        .call("GET", "/v1/accounts/me/verification", null, VerificationStatus.class)
        .verified();
  }
}
