package org.aparte.protocol.account;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** {@code GET /v1/accounts/keys?login=}: an account's public keys, e.g. to add it to a practice. */
public record AccountKeysResponse(
    UUID accountId, byte[] encryptionPublicKey, byte[] signingPublicKey) {
  public AccountKeysResponse {
    Check.present("accountId", accountId);
    Check.bytes("encryptionPublicKey", encryptionPublicKey, 1, Limits.MAX_PUBLIC_KEY);
    Check.bytes("signingPublicKey", signingPublicKey, 1, Limits.MAX_PUBLIC_KEY);
  }
}
