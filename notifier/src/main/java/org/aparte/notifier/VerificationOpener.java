package org.aparte.notifier;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.notifier.send.CodeText;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderFormatException;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.verification.VerificationCodeFormat;

/**
 * Opens a verification job's two envelopes, both bound to its job id: the contact the client sealed
 * and the code the server sealed; returns the message to send, "Your Aparté code: …", to that
 * contact now. Decrypted buffers are zeroed once decoded.
 */
public final class VerificationOpener {
  private static final RecordType CONTACT = RecordType.of(VerificationCodeFormat.CONTACT_TYPE);
  private static final RecordType CODE = RecordType.of(VerificationCodeFormat.CODE_TYPE);

  private final NotifierKeyring keys;

  public VerificationOpener(NotifierKeyring keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public ReminderMessage open(UUID jobId, byte[] sealedContact, byte[] sealedCode, Instant now)
      throws UnopenableJobException {
    if (sealedCode == null) {
      throw new UnopenableJobException("verification job without its code");
    }
    byte[] contact = openOne(jobId, sealedContact, CONTACT);
    byte[] code = null;
    try {
      code = openOne(jobId, sealedCode, CODE);
      ReminderMessage to = ReminderFormat.decode(contact);
      String text = CodeText.render(to.language(), VerificationCodeFormat.decode(code));
      return new ReminderMessage(
          to.channel(),
          to.destination(),
          now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
          to.language(),
          text);
    } catch (ReminderFormatException | IllegalArgumentException e) {
      throw new UnopenableJobException("opens, but is not a v1 contact and code");
    } finally {
      Arrays.fill(contact, (byte) 0);
      if (code != null) {
        Arrays.fill(code, (byte) 0);
      }
    }
  }

  private byte[] openOne(UUID jobId, byte[] sealed, RecordType type) throws UnopenableJobException {
    EncryptionKeyPair key;
    try {
      key =
          keys.find(SealedEnvelope.parse(sealed).recipient())
              .orElseThrow(() -> new UnopenableJobException("sealed to a key no longer held"));
    } catch (CryptoException e) {
      throw new UnopenableJobException("not a sealed envelope");
    }
    try {
      return SealedEnvelope.open(
          sealed, key, WrapPurpose.of(type.label()), type, JobOpener.recordId(jobId));
    } catch (CryptoException e) {
      throw new UnopenableJobException("does not open for its job id: " + e.getClass().getName());
    }
  }
}
