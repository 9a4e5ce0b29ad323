package org.aparte.client.support;

import java.io.IOException;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.support.TeamKeyView;
import org.aparte.transparency.EntryKind;

/** The team key to encrypt to, accepted only once the log shows it (kind 0x07). */
final class TeamKeySource {
  /** A team key version the log vouches for. */
  record TeamKey(int version, EncryptionPublicKey key) {}

  private final ApiTransport transport;
  private final KeyDirectory directory;

  TeamKeySource(ApiTransport transport, KeyDirectory directory) {
    this.transport = transport;
    this.directory = directory;
  }

  TeamKey current() throws IOException, ApiError, CryptoException, LogVerificationException {
    TeamKeyView view = transport.call("GET", "v1/support/team/key", null, TeamKeyView.class);
    directory.requireLogged(
        EntryKind.SUPPORT_TEAM_KEY,
        "support-team",
        EntryKind.SUPPORT_TEAM_SUBJECT,
        view.version(),
        view.publicKey());
    return new TeamKey(view.version(), EncryptionPublicKey.decode(view.publicKey()));
  }
}
