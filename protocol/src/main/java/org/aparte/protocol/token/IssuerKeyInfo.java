package org.aparte.protocol.token;

import java.time.Instant;
import org.aparte.protocol.Check;

/**
 * One epoch's issuer key, public: tokens for {@code epoch} are issued from {@code startsAt} until
 * {@code endsAt} (and ahead of time for the next epoch), and accepted for booking until {@code
 * acceptedUntil}.
 */
public record IssuerKeyInfo(
    long epoch, byte[] publicKey, Instant startsAt, Instant endsAt, Instant acceptedUntil) {
  public IssuerKeyInfo {
    Check.bytes("publicKey", publicKey, 1, 2048);
    Check.present("startsAt", startsAt);
    Check.present("endsAt", endsAt);
    Check.present("acceptedUntil", acceptedUntil);
  }
}
