package org.aparte.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Domain-separation labels. Every derivation, signature and HPKE context starts from one of these,
 * so a value made for one purpose can never be accepted for another. Changing a label is a format
 * change: bump the version in it.
 */
public final class Labels {
  private Labels() {}

  public static final String KEY_ID = "aparte/key-id/v1";
  public static final String WRAP = "aparte/wrap/v1";
  public static final String RECORD = "aparte/record/v1";
  public static final String STREAM = "aparte/stream/v1";
  public static final String AUTH_KEY = "aparte/auth-key/v1";
  public static final String KEY_WRAPPING_KEY = "aparte/key-wrapping-key/v1";
  public static final String AUTH_VERIFIER = "aparte/auth-verifier/v1";
  public static final String RECOVERY_AUTH_KEY = "aparte/recovery-auth-key/v1";
  public static final String RECOVERY_WRAPPING_KEY = "aparte/recovery-wrapping-key/v1";
  public static final String RECOVERY_CHECKSUM = "aparte/recovery-checksum/v1";
  public static final String SIGNATURE = "aparte/signature/v1";
  public static final String BOOKING_TOKEN = "aparte/booking-token/v1";
  public static final String ISSUER_KEY_SEAL = "aparte/issuer-key-seal/v1";

  /** A document key's subkey for its encrypted metadata record. */
  public static final String DOCUMENT_META_KEY = "aparte/document-meta-key/v1";

  /** A document key's subkey for its file's stream encryption. */
  public static final String DOCUMENT_FILE_KEY = "aparte/document-file-key/v1";

  /**
   * Prefixed (with 0x00) to a prescription's canonical encoding inside its signed message, so a
   * prescription signature can only ever vouch for a prescription of this format.
   */
  public static final String PRESCRIPTION = "aparte/prescription/v1";

  /**
   * Prefixed (with 0x00) to a web bundle hash in its transparency log entry, so the logged bytes
   * can only ever be read as the hash of a served web bundle.
   */
  public static final String WEB_BUNDLE = "aparte/web-bundle/v1";

  /** A booking data key's subkey naming its message thread (public to the server, unlinkable). */
  public static final String MESSAGE_THREAD_ID = "aparte/message-thread-id/v1";

  /** A booking data key's subkey sealing its thread's messages. */
  public static final String MESSAGE_KEY = "aparte/message-key/v1";

  /** A vault key's subkey for the opaque handles of records offered to a support ticket. */
  public static final String SUPPORT_REF_KEY = "aparte/support-ref-key/v1";

  public static byte[] utf8(String label) {
    return label.getBytes(StandardCharsets.UTF_8);
  }
}
