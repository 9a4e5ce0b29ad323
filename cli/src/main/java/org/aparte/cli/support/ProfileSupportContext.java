package org.aparte.cli.support;

import java.security.SecureRandom;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.client.support.AccessHistory;
import org.aparte.client.support.SupportDesk;
import org.aparte.client.support.SupportRefs;
import org.aparte.client.vault.VaultDocument;

/** The support context of the account logged in on this device, with its pinned log. */
public final class ProfileSupportContext implements SupportContext {
  private final ProfileContextSource account;
  private final SecureRandom random = new SecureRandom();

  public ProfileSupportContext(ProfileContextSource account) {
    this.account = account;
  }

  private ProfileLogTrust trust() {
    return new ProfileLogTrust(account.profile(), account.server());
  }

  @Override
  public SupportDesk desk() throws Exception {
    var session = account.session();
    return new SupportDesk(
        session.transport(),
        session.keys().encryptionKeys(),
        new SupportRefs(session.keys().vaultKey()),
        trust().keyDirectory(),
        random);
  }

  @Override
  public VaultDocument vault() throws Exception {
    return account.session().vault().read();
  }

  @Override
  public AccessHistory history() throws Exception {
    return new AccessHistory(account.session().transport(), trust().log(), trust().monitor());
  }
}
