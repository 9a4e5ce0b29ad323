package org.aparte.protocol.reminder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The plaintext of a sealed reminder job, v1, always exactly {@link #LENGTH} bytes so that every
 * job (e-mail, SMS or cover) has the same ciphertext length:
 *
 * <pre>
 * version 0x01 || channel (1: 0 none, 1 e-mail, 2 SMS) || send time (8, Unix seconds, big-endian)
 * || language (2, ASCII "fr"/"en") || destination length (1) || destination (UTF-8)
 * || text length (2, big-endian) || text (UTF-8) || 0x00 padding to 1000 bytes
 * </pre>
 *
 * <p>It travels inside a {@code SealedEnvelope} of record type {@link #RECORD_TYPE}, wrapped for
 * purpose {@link #WRAP_PURPOSE}, with the job id's 16 bytes as record id.
 */
public final class ReminderFormat {
  public static final int VERSION = 0x01;
  public static final int LENGTH = 1000;
  public static final String RECORD_TYPE = "reminder-job";
  public static final String WRAP_PURPOSE = "reminder-job";

  private ReminderFormat() {}

  public static byte[] encode(ReminderMessage message) {
    byte[] destination = message.destination().getBytes(StandardCharsets.UTF_8);
    byte[] text = message.text().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(LENGTH)
        .put((byte) VERSION)
        .put((byte) message.channel().code())
        .putLong(message.sendAt().getEpochSecond())
        .put(message.language().getBytes(StandardCharsets.US_ASCII))
        .put((byte) destination.length)
        .put(destination)
        .putShort((short) text.length)
        .put(text)
        .array();
  }

  /** Decodes, checking every length and that the padding is all zeros. */
  public static ReminderMessage decode(byte[] plaintext) throws ReminderFormatException {
    if (plaintext == null || plaintext.length != LENGTH) {
      throw new ReminderFormatException("plaintext is not " + LENGTH + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(plaintext);
    if (in.get() != VERSION) {
      throw new ReminderFormatException("unknown plaintext version");
    }
    ReminderChannel channel = ReminderChannel.ofCode(in.get() & 0xff);
    Instant sendAt = Instant.ofEpochSecond(in.getLong());
    String language = utf8(in, 2);
    String destination = utf8(in, in.get() & 0xff);
    int textLength = in.getShort() & 0xffff;
    if (textLength > in.remaining()) {
      throw new ReminderFormatException("text length overruns the plaintext");
    }
    String text = utf8(in, textLength);
    while (in.hasRemaining()) {
      if (in.get() != 0) {
        throw new ReminderFormatException("padding is not zero");
      }
    }
    try {
      return new ReminderMessage(channel, destination, sendAt, language, text);
    } catch (IllegalArgumentException e) {
      throw new ReminderFormatException("fields out of range");
    }
  }

  private static String utf8(ByteBuffer in, int length) throws ReminderFormatException {
    if (length > in.remaining()) {
      throw new ReminderFormatException("field length overruns the plaintext");
    }
    ByteBuffer slice = in.slice(in.position(), length);
    in.position(in.position() + length);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(slice)
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReminderFormatException("field is not UTF-8");
    }
  }
}
