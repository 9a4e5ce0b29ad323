package org.aparte.cli.account;

import java.util.Objects;
import java.util.UUID;

/**
 * {@code vault-seen.json} in the profile directory: the highest vault version this device has read
 * or written for the account, and whether it was in the version-bound format. Each CLI command is a
 * new session; without this file, each would accept any copy the server chose to serve.
 */
record VaultSeenFile(UUID accountId, long highest, boolean versionBound) {
  static final String NAME = "vault-seen";

  VaultSeenFile {
    Objects.requireNonNull(accountId, "accountId");
  }
}
