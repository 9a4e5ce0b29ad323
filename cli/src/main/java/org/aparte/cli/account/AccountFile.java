package org.aparte.cli.account;

import java.util.Objects;
import org.aparte.client.account.SavedSession;

/**
 * {@code account.json} in the profile directory: the server, and the saved session (login, account
 * id, token and expiry, KDF setup, key bundle ciphertext, public keys). No private key in clear, no
 * password: the password is asked again when keys are needed.
 */
record AccountFile(String server, SavedSession session) {
  static final String NAME = "account";

  AccountFile {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(session, "session");
  }
}
