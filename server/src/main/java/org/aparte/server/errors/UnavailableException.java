package org.aparte.server.errors;

/** 503: a dependency (the database) cannot be reached right now. */
public class UnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(503, "unavailable", message, null);
  }
}
