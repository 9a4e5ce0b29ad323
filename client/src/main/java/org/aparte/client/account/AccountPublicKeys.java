package org.aparte.client.account;

import java.util.UUID;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.SigningPublicKey;

/** Another account's id and public keys, as the server lists them. */
public record AccountPublicKeys(
    UUID accountId, EncryptionPublicKey encryptionKey, SigningPublicKey signingKey) {}
