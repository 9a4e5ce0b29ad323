package org.aparte.protocol.message;

/** The bounds of the message routes, shared by the server's checks and the clients. */
public final class MessageLimits {
  /** A thread id: 32 bytes, written as 64 lower-case hex digits in paths. */
  public static final int THREAD_ID = 32;

  /**
   * The smallest sealed record, and the largest message ciphertext: a text of {@link #MAX_TEXT}
   * characters fits the 8192-byte padding bucket, plus the record header, nonce and tag.
   */
  public static final int MIN_CIPHERTEXT = 40;

  public static final int MAX_CIPHERTEXT = 8192 + 256;

  /** The most a message's text may hold, in characters, before it is sealed. */
  public static final int MAX_TEXT = 2000;

  public static final int DEFAULT_PAGE = 50;
  public static final int MAX_PAGE = 200;

  private MessageLimits() {}
}
