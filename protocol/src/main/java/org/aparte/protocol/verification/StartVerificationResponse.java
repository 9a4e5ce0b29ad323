package org.aparte.protocol.verification;

import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.Check;

/** The pending verification: confirm its code before {@code expiresAt}, in so many attempts. */
public record StartVerificationResponse(UUID verificationId, Instant expiresAt, int attempts) {
  public StartVerificationResponse {
    Check.present("verificationId", verificationId);
    Check.present("expiresAt", expiresAt);
    Check.range("attempts", attempts, 1, 100);
  }
}
