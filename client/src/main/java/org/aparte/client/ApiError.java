package org.aparte.client;

/**
 * The server answered with an error. {@link #code()} is the stable machine code from the error body
 * (e.g. {@code slot_full}, {@code invalid_field}); the message is the server's human text.
 */
public final class ApiError extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final String field;

  public ApiError(int status, String code, String message, String field) {
    super(message == null ? code : message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The offending request field, or null. */
  public String field() {
    return field;
  }
}
