package org.aparte.cli.prescription;

/**
 * The prescription code cannot be printed readably: too long for the largest QR code (version 40,
 * error correction L), or no mask gives a code that reads back from the rendered page.
 */
public final class QrTooLargeException extends Exception {
  private static final long serialVersionUID = 1L;

  QrTooLargeException(int characters) {
    super(
        "the prescription code has "
            + characters
            + " characters, more than a readable QR code holds: shorten the prescription");
  }
}
