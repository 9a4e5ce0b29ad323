package org.aparte.server.support;

import java.time.Clock;
import org.aparte.store.support.Disclosures;

/**
 * Deletes the ciphertext of expired disclosures. Each pass is one query on {@code expires_at <=
 * now}, so nothing is lost across restarts: what expired while the server was down goes on the
 * first pass. The server runs it at a fixed delay ({@code FixedDelayTask}).
 */
public final class ExpiryJob {
  private final Disclosures disclosures;
  private final Clock clock;

  public ExpiryJob(Disclosures disclosures, Clock clock) {
    this.disclosures = disclosures;
    this.clock = clock;
  }

  /** One pass; returns how many disclosures ended. */
  public int runOnce() {
    return disclosures.expire(clock.instant());
  }
}
