package org.aparte.protocol.token;

/** Sizes on the token routes. */
public final class TokenLimits {
  private TokenLimits() {}

  /** Most blinded messages in one request (the per-epoch limit is usually lower). */
  public static final int MAX_BATCH = 32;

  /** A blinded message or blind signature: one RSA block, 2048 to 8192 bits. */
  public static final int MIN_RSA_BLOCK = 256;

  public static final int MAX_RSA_BLOCK = 1024;

  /** An encoded booking token: header (69 bytes) plus one RSA block. */
  public static final int MAX_TOKEN = 69 + MAX_RSA_BLOCK;
}
