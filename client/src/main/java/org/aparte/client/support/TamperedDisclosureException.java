package org.aparte.client.support;

/** A disclosure that does not match what the server says about it: refused, nothing shown. */
public final class TamperedDisclosureException extends Exception {
  private static final long serialVersionUID = 1L;

  public TamperedDisclosureException(String message) {
    super(message);
  }
}
