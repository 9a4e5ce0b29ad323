package org.aparte.server.errors;

/** 409: the request clashes with the current state, e.g. {@code slot_full}. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String message) {
    super(409, code, message, null);
  }
}
