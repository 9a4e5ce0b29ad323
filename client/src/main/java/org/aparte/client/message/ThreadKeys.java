package org.aparte.client.message;

import java.util.HexFormat;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;

/**
 * A booking's message thread, derived from the booking's data key (which the patient's vault and
 * the practice's agenda hold, and the server never does): its id, which the server sees but cannot
 * tie to the booking or an account, and the key its messages are sealed under.
 */
public final class ThreadKeys {
  private final byte[] threadId;
  private final SecretBytes messageKey;

  private ThreadKeys(byte[] threadId, SecretBytes messageKey) {
    this.threadId = threadId;
    this.messageKey = messageKey;
  }

  public static ThreadKeys of(SecretBytes bookingDataKey) {
    return new ThreadKeys(
        Hkdf.subkey(bookingDataKey, Labels.MESSAGE_THREAD_ID).revealCopy(),
        Hkdf.subkey(bookingDataKey, Labels.MESSAGE_KEY));
  }

  public byte[] threadId() {
    return threadId.clone();
  }

  public String threadIdHex() {
    return HexFormat.of().formatHex(threadId);
  }

  SecretBytes messageKey() {
    return messageKey;
  }

  @Override
  public String toString() {
    return "ThreadKeys[REDACTED]";
  }
}
