package org.aparte.server.errors;

/** 404: nothing here, or nothing the caller may know about. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(404, "not_found", message, null);
  }
}
