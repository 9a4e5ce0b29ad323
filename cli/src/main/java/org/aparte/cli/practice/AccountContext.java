package org.aparte.cli.practice;

import java.util.UUID;
import org.aparte.client.ApiTransport;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;

/**
 * The logged-in account as the practice commands need it: an authenticated transport and the
 * account's X-Wing key pair (opened from its key bundle at login). Login provides it.
 */
public interface AccountContext {
  UUID accountId();

  ApiTransport transport();

  EncryptionKeyPair encryptionKeys();

  /** The account's Ed25519 public key (what its key-log entries are signed with). */
  SigningPublicKey signingPublicKey();
}
