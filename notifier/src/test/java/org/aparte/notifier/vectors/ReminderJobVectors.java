package org.aparte.notifier.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.vectors.VectorJson;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.JobOpener;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderFormatException;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * {@code testdata/vectors/reminder-job.json}: sealed reminder jobs (envelope v1 around the
 * 1000-byte plaintext v1) with the notifier's private key, and what they must open to, or the error
 * they must raise: a crypto error's name, or {@code ReminderFormat} for a plaintext that opens but
 * breaks the format.
 */
public final class ReminderJobVectors {
  public static final String NAME = "reminder-job";
  static final Instant AT = Instant.ofEpochSecond(1_772_700_000L);

  private ReminderJobVectors() {}

  public static ObjectNode generate(SecureRandom random) {
    ObjectNode file =
        VectorJson.header(
            "aparte-reminder-job",
            "A sealed reminder job: SealedEnvelope v1 (0x01 || wrapped key length (2) || wrapped key"
                + " (keywrap.json, purpose 'reminder-job') || record (record.json, type"
                + " 'reminder-job')), record id = the job id's 16 bytes. Plaintext v1, exactly 1000"
                + " bytes: 0x01 || channel (0 none, 1 e-mail, 2 SMS) || send time (8, Unix seconds,"
                + " big-endian) || language (2 ASCII) || destination length (1) || destination"
                + " (UTF-8) || text length (2, big-endian) || text (UTF-8) || zero padding.");
    file.put(
        "generator",
        "notifier/src/test/java/org/aparte/notifier/vectors/GenerateReminderVectors.java");
    ArrayNode cases = (ArrayNode) file.get("cases");
    EncryptionKeyPair key = EncryptionKeyPair.generate(KeyKind.X_WING, random);
    var email =
        new ReminderMessage(
            ReminderChannel.EMAIL,
            "camille@example.org",
            AT,
            "fr",
            "Rappel : rendez-vous le jeudi 5 mars à 10:30. Détails dans Aparté.");
    var sms =
        new ReminderMessage(
            ReminderChannel.SMS,
            "+33612345678",
            AT,
            "en",
            "Reminder: appointment on Thursday 5 March at 10:30. Details in Aparté.");
    valid(cases, "e-mail, French, generic text", key, email, random);
    valid(cases, "SMS, English, generic text", key, sms, random);
    valid(cases, "cover job (channel 0, nothing to send)", key, ReminderMessage.cover(AT), random);

    UUID job = uuid(random);
    byte[] sealed =
        seal(key, ReminderFormat.RECORD_TYPE, job, ReminderFormat.encode(email), random);
    invalid(cases, "moved to another job id", key, uuid(random), sealed, "DecryptionFailed");
    byte[] flipped = sealed.clone();
    flipped[flipped.length - 1] ^= 1;
    invalid(cases, "a flipped byte in the record", key, job, flipped, "DecryptionFailed");
    byte[] otherType = seal(key, "notice", job, ReminderFormat.encode(email), random);
    invalid(cases, "another record type", key, job, otherType, "WrongRecordType");
    EncryptionKeyPair other = EncryptionKeyPair.generate(KeyKind.X_WING, random);
    byte[] toOther =
        seal(other, ReminderFormat.RECORD_TYPE, job, ReminderFormat.encode(sms), random);
    invalid(cases, "sealed to another notifier key", key, job, toOther, "WrongRecipient");

    byte[] padded = ReminderFormat.encode(sms);
    padded[ReminderFormat.LENGTH - 1] = 1;
    format(cases, "opens, but the padding is not zero", key, padded, random);
    byte[] version = ReminderFormat.encode(sms);
    version[0] = 2;
    format(cases, "opens, but plaintext version 2", key, version, random);
    byte[] channel = ReminderFormat.encode(sms);
    channel[1] = 3;
    format(cases, "opens, but channel 3", key, channel, random);
    format(cases, "opens, but 999 bytes", key, Arrays.copyOf(version, 999), random);
    byte[] overrun = ReminderFormat.encode(sms);
    int textLength = 1 + 1 + 8 + 2 + 1 + "+33612345678".length();
    overrun[textLength] = (byte) 0x03;
    overrun[textLength + 1] = (byte) 0xe8;
    format(cases, "opens, but the text length overruns", key, overrun, random);
    return file;
  }

  private static byte[] seal(
      EncryptionKeyPair key, String type, UUID job, byte[] plaintext, SecureRandom random) {
    return SealedEnvelope.seal(
        key.publicKey(),
        WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
        RecordType.of(type),
        JobOpener.recordId(job),
        plaintext,
        random);
  }

  private static ObjectNode common(
      ArrayNode cases, String name, EncryptionKeyPair key, UUID job, byte[] sealed) {
    ObjectNode c = cases.addObject();
    c.put("name", name);
    c.put("notifier_private_key", VectorJson.hex(key.encodePrivate().revealCopy()));
    c.put("job_id", job.toString());
    c.put("record_id", VectorJson.hex(JobOpener.recordId(job)));
    c.put("sealed", VectorJson.hex(sealed));
    return c;
  }

  private static void valid(
      ArrayNode cases,
      String name,
      EncryptionKeyPair key,
      ReminderMessage message,
      SecureRandom random) {
    UUID job = uuid(random);
    byte[] plaintext = ReminderFormat.encode(message);
    ObjectNode c =
        common(
            cases, name, key, job, seal(key, ReminderFormat.RECORD_TYPE, job, plaintext, random));
    c.put("valid", true);
    c.put("plaintext", VectorJson.hex(plaintext));
    c.put("channel", message.channel().name());
    c.put("send_at", message.sendAt().getEpochSecond());
    c.put("language", message.language());
    c.put("destination", message.destination());
    c.put("text", message.text());
  }

  private static void invalid(
      ArrayNode cases, String name, EncryptionKeyPair key, UUID job, byte[] sealed, String error) {
    ObjectNode c = common(cases, name, key, job, sealed);
    c.put("valid", false);
    c.put("error", error);
  }

  private static void format(
      ArrayNode cases, String name, EncryptionKeyPair key, byte[] plaintext, SecureRandom random) {
    UUID job = uuid(random);
    ObjectNode c =
        common(
            cases, name, key, job, seal(key, ReminderFormat.RECORD_TYPE, job, plaintext, random));
    c.put("valid", false);
    c.put("error", "ReminderFormat");
  }

  /** One message per case that does not behave as the file says. */
  public static List<String> check(ObjectNode file) {
    List<String> failures = new ArrayList<>();
    for (JsonNode c : file.get("cases")) {
      String name = c.get("name").asText();
      try {
        String outcome = outcome(c);
        String expected = c.get("valid").asBoolean() ? "valid" : c.get("error").asText();
        if (!outcome.equals(expected)) {
          failures.add(name + ": expected " + expected + ", got " + outcome);
        }
      } catch (RuntimeException e) {
        failures.add(name + ": " + e);
      }
    }
    return failures;
  }

  private static String outcome(JsonNode c) {
    EncryptionKeyPair key;
    try {
      key =
          EncryptionKeyPair.decodePrivate(
              SecretBytes.copyOf(VectorJson.unhex(c, "notifier_private_key")));
    } catch (CryptoException e) {
      return "bad key in the vector";
    }
    byte[] recordId = VectorJson.unhex(c, "record_id");
    if (!Arrays.equals(recordId, JobOpener.recordId(UUID.fromString(c.get("job_id").asText())))) {
      return "record id is not the job id's bytes";
    }
    byte[] plaintext;
    try {
      plaintext =
          SealedEnvelope.open(
              VectorJson.unhex(c, "sealed"),
              key,
              WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
              RecordType.of(ReminderFormat.RECORD_TYPE),
              recordId);
    } catch (CryptoException e) {
      return e.getClass().getSimpleName().replace("Exception", "");
    }
    ReminderMessage m;
    try {
      m = ReminderFormat.decode(plaintext);
    } catch (ReminderFormatException e) {
      return "ReminderFormat";
    }
    boolean same =
        Arrays.equals(plaintext, VectorJson.unhex(c, "plaintext"))
            && Arrays.equals(ReminderFormat.encode(m), plaintext)
            && m.channel().name().equals(c.get("channel").asText())
            && m.sendAt().getEpochSecond() == c.get("send_at").asLong()
            && m.language().equals(c.get("language").asText())
            && m.destination().equals(c.get("destination").asText())
            && m.text().equals(c.get("text").asText());
    return same ? "valid" : "opens to other fields than the vector says";
  }

  /** A version-4 UUID from {@code random}, so that the file is reproducible from its seed. */
  private static UUID uuid(SecureRandom random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (b[i] & 0xff);
      low = (low << 8) | (b[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }
}
