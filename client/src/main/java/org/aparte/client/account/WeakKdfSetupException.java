package org.aparte.client.account;

/**
 * The server offered a KDF setup cheaper than this SDK accepts. Logging in with it would let
 * whoever runs the server test password guesses cheaply, so the SDK refuses and sends nothing.
 */
public final class WeakKdfSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  public WeakKdfSetupException(String message) {
    super(message);
  }
}
