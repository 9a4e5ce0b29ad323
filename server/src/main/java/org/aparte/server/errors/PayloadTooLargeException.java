package org.aparte.server.errors;

/** 413: the body is larger than the server accepts; it was not read past the limit. */
public class PayloadTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long maxBytes) {
    super(413, "payload_too_large", "the request body is larger than " + maxBytes + " bytes", null);
  }
}
