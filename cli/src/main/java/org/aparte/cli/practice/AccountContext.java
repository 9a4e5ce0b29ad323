package org.aparte.cli.practice;

import java.util.UUID;
import org.aparte.client.ApiTransport;
import org.aparte.crypto.keys.EncryptionKeyPair;

/**
 * The logged-in account as the practice commands need it: an authenticated transport and the
 * account's X-Wing key pair (opened from its key bundle at login). Login provides it.
 */
public interface AccountContext {
  UUID accountId();

  ApiTransport transport();

  EncryptionKeyPair encryptionKeys();
}
