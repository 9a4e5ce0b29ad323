package org.aparte.server.account;

import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.account.RegisterRequest;
import org.aparte.server.errors.BadRequestException;
import org.aparte.store.account.KeySignatures;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.TransparencyException;

/**
 * Checks a registration's signatures over its two key entries before they go into the log: the
 * signing key signs both, which proves the registrant holds it and lets anyone reading the log tell
 * an owner's key from one the server added in the owner's name.
 */
final class KeyEntrySignatures {
  private KeyEntrySignatures() {}

  static KeySignatures verified(RegisterRequest request) {
    SigningPublicKey owner;
    try {
      owner = SigningPublicKey.decode(request.signingPublicKey());
    } catch (CryptoException e) {
      throw new BadRequestException("signingPublicKey", "must be an Ed25519 public key");
    }
    check(
        owner,
        "encryptionKeySignature",
        EntryKind.ACCOUNT_ENCRYPTION_KEY,
        request,
        request.encryptionPublicKey(),
        request.encryptionKeySignature());
    check(
        owner,
        "signingKeySignature",
        EntryKind.ACCOUNT_SIGNING_KEY,
        request,
        request.signingPublicKey(),
        request.signingKeySignature());
    return new KeySignatures(request.encryptionKeySignature(), request.signingKeySignature());
  }

  private static void check(
      SigningPublicKey owner,
      String field,
      EntryKind kind,
      RegisterRequest request,
      byte[] key,
      byte[] signature) {
    try {
      new KeyEntry(kind, request.accountId(), 1, 0, key, signature).verifyOwnerSignature(owner);
    } catch (TransparencyException e) {
      throw new BadRequestException(
          field, "must be the signing key's signature over the key entry");
    }
  }
}
