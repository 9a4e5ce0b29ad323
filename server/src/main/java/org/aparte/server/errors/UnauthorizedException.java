package org.aparte.server.errors;

/** 401: no valid session. Deliberately vague about why. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException() {
    super(401, "unauthorized", "a valid session is required", null);
  }
}
