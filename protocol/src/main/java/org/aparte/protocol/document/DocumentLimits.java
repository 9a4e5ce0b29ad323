package org.aparte.protocol.document;

/** Bounds of the document wire records, and the capability header of the patient's routes. */
public final class DocumentLimits {
  private DocumentLimits() {}

  /**
   * The header carrying the booking's cancel secret (base64) on the patient's document routes: a
   * header rather than the path or query, which proxies log, and rather than a body, which a GET or
   * a file upload does not have for it.
   */
  public static final String CAPABILITY_HEADER = "Aparte-Cancel-Secret";

  /** The default largest document ciphertext the server accepts: 100 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 100L * 1024 * 1024;

  /**
   * The document key sealed as a record under the booking's data key: 32 bytes padded to the
   * smallest record bucket (256) plus header and tag.
   */
  public static final int MAX_BOOKING_KEY = 512;

  /** Encrypted metadata: a small padded record (a file name is at most a few buckets). */
  public static final int MAX_METADATA = 8 * 1024 + 64;

  /** The smallest well-formed record ciphertext is longer than this. */
  public static final int MIN_RECORD = 16;
}
