package org.aparte.client.vault;

import java.time.Instant;
import java.util.Objects;

/**
 * An unspent booking token kept in the vault: its wire encoding, its epoch, and until when the
 * server accepts it. A bearer credential: whoever has it can book once, anonymously.
 */
public record HeldToken(byte[] token, long epoch, Instant acceptedUntil) {
  public HeldToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(acceptedUntil, "acceptedUntil");
    token = token.clone();
  }

  @Override
  public byte[] token() {
    return token.clone();
  }

  public boolean usableAt(Instant now) {
    return acceptedUntil.isAfter(now);
  }

  public boolean sameAs(HeldToken other) {
    return java.util.Arrays.equals(token, other.token);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeldToken that && sameAs(that);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(token);
  }

  @Override
  public String toString() {
    return "HeldToken[epoch=" + epoch + ", REDACTED]";
  }
}
