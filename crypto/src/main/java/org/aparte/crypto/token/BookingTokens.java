package org.aparte.crypto.token;

import java.security.SecureRandom;
import java.util.Objects;
import org.aparte.crypto.InvalidSignatureException;

/**
 * The booking-token protocol on top of {@link BlindRsa}: the client {@link #request}s a token for
 * an epoch, the issuer blind-signs it ({@link BlindRsa#blindSign}), the client {@link #complete}s
 * it, and the booking endpoint {@link #verify}s it. The issuer sees the blinded message at issuance
 * and the token at redemption, and cannot match the two.
 */
public final class BookingTokens {
  private BookingTokens() {}

  public static PendingToken request(IssuerPublicKey issuer, long epoch, SecureRandom random) {
    Objects.requireNonNull(issuer, "issuer");
    byte[] nonce = new byte[BookingToken.NONCE_LENGTH];
    random.nextBytes(nonce);
    BlindingState blinding =
        BlindRsa.blind(issuer, BookingToken.signedMessage(epoch, nonce), random);
    return new PendingToken(epoch, nonce, blinding);
  }

  public static BookingToken complete(
      IssuerPublicKey issuer, PendingToken pending, byte[] blindSignature)
      throws InvalidSignatureException {
    Objects.requireNonNull(pending, "pending");
    byte[] signature = BlindRsa.finalize(issuer, pending.blinding(), blindSignature);
    return new BookingToken(
        pending.epoch(), pending.nonce(), pending.blinding().messagePrefix(), signature);
  }

  /** Returns normally only if {@code token} was issued under {@code issuer} for its epoch. */
  public static void verify(IssuerPublicKey issuer, BookingToken token)
      throws InvalidSignatureException {
    Objects.requireNonNull(token, "token");
    BlindRsa.verify(issuer, token.messagePrefix(), token.signedMessage(), token.signature());
  }
}
