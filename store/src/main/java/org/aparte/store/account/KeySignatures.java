package org.aparte.store.account;

/**
 * The account's own signatures over its two key entries (see {@code KeyEntry.ownerStatement}),
 * checked by the server before it stores them and logged inside the entries.
 */
public record KeySignatures(byte[] encryptionKey, byte[] signingKey) {
  public KeySignatures {
    encryptionKey = encryptionKey.clone();
    signingKey = signingKey.clone();
  }
}
