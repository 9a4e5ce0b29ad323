package org.aparte.server.errors;

/** 410: it existed, and has ended (an expired or revoked disclosure). */
public class GoneException extends ApiException {
  private static final long serialVersionUID = 1L;

  public GoneException(String code, String message) {
    super(410, code, message, null);
  }
}
