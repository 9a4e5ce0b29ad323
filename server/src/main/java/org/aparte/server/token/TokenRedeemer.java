package org.aparte.server.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.store.token.SpentTokens;

/**
 * The booking path's token check: {@link #check} verifies a token before any transaction (pure
 * CPU), {@link #spend} records its nonce as spent inside the booking's own transaction, so a token
 * is spent if and only if the booking committed.
 */
public final class TokenRedeemer {
  private final IssuerKeyring keyring;
  private final boolean required;

  public TokenRedeemer(IssuerKeyring keyring, boolean required) {
    this.keyring = Objects.requireNonNull(keyring, "keyring");
    this.required = required;
  }

  /** A token that verified: what {@link #spend} records. */
  public record Verified(byte[] nonceHash, long epoch) {}

  /** For a patient's booking: the verified token, or null when none was sent and none is needed. */
  public Verified check(byte[] token) {
    if (token == null) {
      if (required) {
        throw TokenException.required();
      }
      return null;
    }
    BookingToken decoded;
    try {
      decoded = BookingToken.decode(token);
    } catch (CryptoException malformed) {
      throw TokenException.malformed();
    }
    try {
      BookingTokens.verify(keyring.forRedeeming(decoded.epoch()), decoded);
    } catch (InvalidSignatureException forged) {
      throw TokenException.invalid();
    }
    return new Verified(sha256(decoded.nonce()), decoded.epoch());
  }

  /** A practice's phone booking carries no token. */
  public static void refuseOnPhoneBooking(byte[] token) {
    if (token != null) {
      throw TokenException.notAllowed();
    }
  }

  public static void spend(Connection connection, Verified token) throws SQLException {
    if (!SpentTokens.spend(connection, token.nonceHash(), token.epoch())) {
      throw TokenException.spent();
    }
  }

  private static byte[] sha256(byte[] nonce) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(nonce);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
