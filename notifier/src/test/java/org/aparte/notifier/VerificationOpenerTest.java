package org.aparte.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.verification.VerificationCodeFormat;
import org.junit.jupiter.api.Test;

/** A verification job opens only as its own contact and code, both bound to its job id. */
class VerificationOpenerTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-03-05T09:00:00Z");
  private final EncryptionKeyPair key = EncryptionKeyPair.generate(RANDOM);
  private final VerificationOpener opener =
      new VerificationOpener(new NotifierKeyring(List.of(key)));
  private final UUID jobId = UUID.randomUUID();

  private byte[] seal(String type, UUID id, byte[] plaintext) {
    return SealedEnvelope.seal(
        key.publicKey(),
        WrapPurpose.of(type),
        RecordType.of(type),
        JobOpener.recordId(id),
        plaintext,
        RANDOM);
  }

  private byte[] contact(String type, UUID id) {
    var to = new ReminderMessage(ReminderChannel.EMAIL, "a@example.org", NOW, "fr", "");
    return seal(type, id, ReminderFormat.encode(to));
  }

  private byte[] code(UUID id) {
    return seal(VerificationCodeFormat.CODE_TYPE, id, VerificationCodeFormat.encode("042917"));
  }

  @Test
  void opensTheContactAndWritesTheCodeInItsLanguage() throws Exception {
    ReminderMessage message =
        opener.open(jobId, contact(VerificationCodeFormat.CONTACT_TYPE, jobId), code(jobId), NOW);
    assertThat(message.destination()).isEqualTo("a@example.org");
    assertThat(message.channel()).isEqualTo(ReminderChannel.EMAIL);
    assertThat(message.text()).startsWith("Votre code Aparté : 042917.");
    assertThat(message.sendAt()).isEqualTo(NOW);
  }

  @Test
  void refusesAReminderAsTheContact() {
    byte[] reminder = contact(ReminderFormat.RECORD_TYPE, jobId);
    assertThatThrownBy(() -> opener.open(jobId, reminder, code(jobId), NOW))
        .isInstanceOf(UnopenableJobException.class);
  }

  @Test
  void refusesACodeSealedForAnotherJob() {
    byte[] contact = contact(VerificationCodeFormat.CONTACT_TYPE, jobId);
    byte[] other = code(UUID.randomUUID());
    assertThatThrownBy(() -> opener.open(jobId, contact, other, NOW))
        .isInstanceOf(UnopenableJobException.class);
  }

  @Test
  void refusesTheContactInPlaceOfTheCode() {
    byte[] contact = contact(VerificationCodeFormat.CONTACT_TYPE, jobId);
    assertThatThrownBy(() -> opener.open(jobId, contact, contact, NOW))
        .isInstanceOf(UnopenableJobException.class);
    assertThatThrownBy(() -> opener.open(jobId, contact, null, NOW))
        .isInstanceOf(UnopenableJobException.class);
  }
}
