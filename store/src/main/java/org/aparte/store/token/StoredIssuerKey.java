package org.aparte.store.token;

/** One epoch's issuer key as stored: public key in the clear, private key sealed. */
public record StoredIssuerKey(long epoch, byte[] publicKey, byte[] sealedPrivateKey) {
  @Override
  public String toString() {
    return "StoredIssuerKey[epoch=" + epoch + "]";
  }
}
