package org.aparte.server.errors;

/**
 * A failure the client should hear about, with its HTTP status, a stable machine code and a human
 * message. Only the HTTP edge turns it into a response. Messages name fields and rules; they never
 * quote what the client sent.
 */
public abstract class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  protected ApiException(int status, String code, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public int status() {
    return status;
  }

  /** The stable machine-readable code, e.g. {@code invalid_field}. */
  public String code() {
    return code;
  }

  /** The request field at fault, or null. */
  public String field() {
    return field;
  }
}
