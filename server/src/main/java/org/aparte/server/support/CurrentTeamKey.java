package org.aparte.server.support;

import org.aparte.crypto.keys.KeyId;
import org.aparte.protocol.support.TeamKeyView;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.UnavailableException;
import org.aparte.store.support.SupportTeam;

/** New ciphertext goes to the current, non-stale team key only. */
final class CurrentTeamKey {
  private final SupportTeam team;

  CurrentTeamKey(SupportTeam team) {
    this.team = team;
  }

  /** The key id of {@code version}, which must be the usable one. */
  KeyId require(int version) {
    TeamKeyView current =
        team.usableKey()
            .orElseThrow(() -> new UnavailableException("the support team key awaits rotation"));
    if (current.version() != version) {
      throw new ConflictException("stale_team_key", "teamKeyVersion is not the current version");
    }
    return WireChecks.keyId("teamKey", current.publicKey());
  }
}
