package org.aparte.protocol.verification;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The two envelopes of a contact verification job, both addressed to the notifier and bound to the
 * job id as record id:
 *
 * <ul>
 *   <li>the <em>contact</em>, sealed by the client: a v1 reminder plaintext ({@code
 *       ReminderFormat}) whose text is empty, of record type and purpose {@link #CONTACT_TYPE};
 *   <li>the <em>code</em>, sealed by the server: {@code 0x01 || 6 ASCII digits}, of record type and
 *       purpose {@link #CODE_TYPE}.
 * </ul>
 *
 * Distinct labels keep either from being opened as a reminder, or as the other.
 */
public final class VerificationCodeFormat {
  public static final int VERSION = 0x01;
  public static final int DIGITS = 6;
  public static final String CONTACT_TYPE = "verification-contact";
  public static final String CODE_TYPE = "verification-code";
  public static final Pattern CODE = Pattern.compile("[0-9]{" + DIGITS + "}");

  private VerificationCodeFormat() {}

  public static byte[] encode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a verification code is 6 digits");
    }
    byte[] out = new byte[1 + DIGITS];
    out[0] = (byte) VERSION;
    System.arraycopy(code.getBytes(StandardCharsets.US_ASCII), 0, out, 1, DIGITS);
    return out;
  }

  /** The code, or an exception naming the rule broken (never the bytes). */
  public static String decode(byte[] plaintext) {
    if (plaintext == null || plaintext.length != 1 + DIGITS || plaintext[0] != VERSION) {
      throw new IllegalArgumentException("not a v1 verification code");
    }
    String code = new String(plaintext, 1, DIGITS, StandardCharsets.US_ASCII);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a v1 verification code");
    }
    return code;
  }
}
