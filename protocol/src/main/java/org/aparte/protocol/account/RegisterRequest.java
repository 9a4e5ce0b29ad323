package org.aparte.protocol.account;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code POST /v1/accounts}: everything the server keeps about a new account, made on the client.
 * The two auth keys are sent once so the server can store their verifiers; the key bundles are
 * ciphertext (records of type {@code key-bundle}) under the password and under the recovery code.
 * The login is normalised by {@link LoginId}. The two key signatures are the account's signing
 * key's signatures over the log entries of its two public keys ({@code KeyEntry.ownerStatement},
 * version 1), so the log shows which keys their owner vouched for.
 */
public record RegisterRequest(
    UUID accountId,
    String login,
    Role role,
    byte[] kdfSetup,
    byte[] authKey,
    byte[] recoveryAuthKey,
    byte[] keyBundle,
    byte[] recoveryKeyBundle,
    byte[] encryptionPublicKey,
    byte[] signingPublicKey,
    byte[] encryptionKeySignature,
    byte[] signingKeySignature) {
  private static final int SIGNATURE = 64;

  public RegisterRequest {
    Check.present("accountId", accountId);
    login = LoginId.normalize("login", login);
    Check.present("role", role);
    Check.bytes("kdfSetup", kdfSetup, 1, Limits.MAX_KDF_SETUP);
    Check.bytes("authKey", authKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("recoveryAuthKey", recoveryAuthKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("keyBundle", keyBundle, 1, Limits.MAX_RECORD);
    Check.bytes("recoveryKeyBundle", recoveryKeyBundle, 1, Limits.MAX_RECORD);
    Check.bytes("encryptionPublicKey", encryptionPublicKey, 1, Limits.MAX_PUBLIC_KEY);
    Check.bytes("signingPublicKey", signingPublicKey, 1, Limits.MAX_PUBLIC_KEY);
    Check.bytes("encryptionKeySignature", encryptionKeySignature, SIGNATURE, SIGNATURE);
    Check.bytes("signingKeySignature", signingKeySignature, SIGNATURE, SIGNATURE);
  }
}
