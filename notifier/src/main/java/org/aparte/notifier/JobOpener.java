package org.aparte.notifier;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderFormatException;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * Opens a claimed job with the key it names, bound to its job id. The decrypted bytes are zeroed as
 * soon as they are decoded; what remains in memory is the decoded message's strings, dropped once
 * the job is sent.
 */
public final class JobOpener {
  static final RecordType RECORD_TYPE = RecordType.of(ReminderFormat.RECORD_TYPE);
  static final WrapPurpose PURPOSE = WrapPurpose.of(ReminderFormat.WRAP_PURPOSE);

  private final NotifierKeyring keys;
  private final VerificationOpener verifications;

  public JobOpener(NotifierKeyring keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.verifications = new VerificationOpener(keys);
  }

  /** A verification job: its contact and code, as the code message to send {@code now}. */
  public ReminderMessage openVerification(
      UUID jobId, byte[] sealedContact, byte[] sealedCode, java.time.Instant now)
      throws UnopenableJobException {
    return verifications.open(jobId, sealedContact, sealedCode, now);
  }

  public ReminderMessage open(UUID jobId, byte[] sealed) throws UnopenableJobException {
    EncryptionKeyPair key;
    try {
      key =
          keys.find(SealedEnvelope.parse(sealed).recipient())
              .orElseThrow(() -> new UnopenableJobException("sealed to a key no longer held"));
    } catch (CryptoException e) {
      throw new UnopenableJobException("not a sealed envelope");
    }
    byte[] plaintext;
    try {
      plaintext = SealedEnvelope.open(sealed, key, PURPOSE, RECORD_TYPE, recordId(jobId));
    } catch (CryptoException e) {
      throw new UnopenableJobException("does not open for its job id: " + e.getClass().getName());
    }
    try {
      return ReminderFormat.decode(plaintext);
    } catch (ReminderFormatException e) {
      throw new UnopenableJobException("opens, but is not a v1 reminder");
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** A job id as a record id: its 16 bytes, big-endian (the client seals with the same). */
  public static byte[] recordId(UUID jobId) {
    return ByteBuffer.allocate(16)
        .putLong(jobId.getMostSignificantBits())
        .putLong(jobId.getLeastSignificantBits())
        .array();
  }
}
