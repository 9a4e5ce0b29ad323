package org.aparte.server.verification;

/** What checking a code found, decided inside the transaction and reported after its commit. */
record ConfirmOutcome(Kind kind, int attemptsLeft) {
  enum Kind {
    VERIFIED,
    NOT_FOUND,
    EXPIRED,
    EXHAUSTED,
    WRONG
  }

  static final ConfirmOutcome VERIFIED = new ConfirmOutcome(Kind.VERIFIED, 0);
  static final ConfirmOutcome NOT_FOUND = new ConfirmOutcome(Kind.NOT_FOUND, 0);
  static final ConfirmOutcome EXPIRED = new ConfirmOutcome(Kind.EXPIRED, 0);
  static final ConfirmOutcome EXHAUSTED = new ConfirmOutcome(Kind.EXHAUSTED, 0);

  static ConfirmOutcome wrong(int attemptsLeft) {
    return new ConfirmOutcome(Kind.WRONG, attemptsLeft);
  }
}
