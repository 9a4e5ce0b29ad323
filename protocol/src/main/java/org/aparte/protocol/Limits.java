package org.aparte.protocol;

/** Size limits shared by the server's validation and the clients, in bytes unless named. */
public final class Limits {
  private Limits() {}

  /** A booking, vault or key-bundle record: padded plaintext up to 64 KiB plus header and tag. */
  public static final int MAX_RECORD = 64 * 1024 + 64;

  /** The vault holds the patient's profile, relatives and appointment list. */
  public static final int MAX_VAULT = 1024 * 1024 - 4096;

  /** An X-Wing wrapped key: header, key id, 1120-byte encapsulation and 48-byte sealed key. */
  public static final int MAX_WRAPPED_KEY = 2048;

  public static final int MAX_PUBLIC_KEY = 2048;
  public static final int SECRET_KEY = 32;
  public static final int VERIFIER = 32;
  public static final int MAX_KDF_SETUP = 64;
  public static final int MAX_LOGIN_CHARS = 254;
}
