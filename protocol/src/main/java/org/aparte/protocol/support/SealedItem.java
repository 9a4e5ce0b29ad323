package org.aparte.protocol.support;

import org.aparte.protocol.Check;

/**
 * A ticket's subject, message or access-request reason: a {@code support-message} record under a
 * fresh data key, that key wrapped to the support team key and to the ticket's owner.
 */
public record SealedItem(byte[] ciphertext, byte[] teamKey, byte[] ownerKey) {
  public static final int MAX_CIPHERTEXT = 1 << 20;
  public static final int MAX_WRAP = 2048;

  public SealedItem {
    Check.bytes("ciphertext", ciphertext, 1, MAX_CIPHERTEXT);
    Check.bytes("teamKey", teamKey, 1, MAX_WRAP);
    Check.bytes("ownerKey", ownerKey, 1, MAX_WRAP);
  }
}
