package org.aparte.cli.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;
import org.aparte.cli.Profile;
import org.aparte.client.account.AccountSession;
import org.aparte.client.vault.VaultHistory;
import org.aparte.client.vault.VaultHistory.Seen;

/**
 * Carries what this device has seen of the account's vault from one command to the next: a session
 * starts from the profile's {@link VaultSeenFile} and writes it back whenever it sees a higher
 * version, so the server cannot serve a later command an older copy than an earlier one read.
 */
final class VaultMemory {
  private VaultMemory() {}

  /** Seeds the session's vault history from the profile and keeps it there; returns the session. */
  static AccountSession attach(Profile profile, AccountSession session) throws IOException {
    UUID account = session.accountId();
    VaultHistory history = session.vaultHistory();
    Seen known =
        profile
            .read(VaultSeenFile.NAME, VaultSeenFile.class)
            .filter(file -> file.accountId().equals(account))
            .map(file -> new Seen(file.highest(), file.versionBound()))
            .orElse(new Seen(0, false));
    history.remember(known);
    history.keepWith(new Keeper(profile, account, known));
    return session;
  }

  /** Writes the file only forward, whatever order two threads report in. */
  private static final class Keeper implements Consumer<Seen> {
    private final Profile profile;
    private final UUID account;
    private Seen written;

    Keeper(Profile profile, UUID account, Seen written) {
      this.profile = profile;
      this.account = account;
      this.written = written;
    }

    @Override
    public synchronized void accept(Seen seen) {
      Seen next =
          new Seen(
              Math.max(written.highest(), seen.highest()),
              written.versionBound() || seen.versionBound());
      if (next.equals(written)) {
        return;
      }
      try {
        profile.write(
            VaultSeenFile.NAME, new VaultSeenFile(account, next.highest(), next.versionBound()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot record the vault version in the profile", e);
      }
      written = next;
    }
  }
}
