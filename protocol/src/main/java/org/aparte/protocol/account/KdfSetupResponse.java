package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code GET /v1/accounts/kdf-setup?login=}: the encoded KDF setup (Argon2id costs and salt). For a
 * login without an account it is a stable fake, so the answer does not say who has an account.
 */
public record KdfSetupResponse(byte[] kdfSetup) {
  public KdfSetupResponse {
    Check.bytes("kdfSetup", kdfSetup, 1, Limits.MAX_KDF_SETUP);
  }
}
