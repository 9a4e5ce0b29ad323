package org.aparte.client.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.SealedRecord;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.protocol.support.SealedItem;

/**
 * Seals a ticket's text (subject, message, reason) under a fresh data key wrapped to the team key
 * and to the owner; opens it with either.
 */
public final class ItemSeal {
  private ItemSeal() {}

  public static SealedItem seal(
      String text,
      UUID ticketId,
      UUID itemId,
      EncryptionPublicKey team,
      EncryptionPublicKey owner,
      SecureRandom random) {
    byte[] recordId = SupportRecords.itemId(ticketId, itemId);
    SealedRecord record =
        RecordCipher.sealWithFreshKey(
            SupportRecords.MESSAGE, recordId, text.getBytes(StandardCharsets.UTF_8), random);
    try {
      return new SealedItem(
          record.ciphertext(),
          KeyWrap.seal(record.dataKey(), team, SupportRecords.MESSAGE_KEY, recordId, random),
          KeyWrap.seal(record.dataKey(), owner, SupportRecords.MESSAGE_KEY, recordId, random));
    } finally {
      record.dataKey().destroy();
    }
  }

  /** Opens with the owner's key ({@code asOwner}) or a team key version's. */
  public static String open(
      SealedItem item, UUID ticketId, UUID itemId, EncryptionKeyPair key, boolean asOwner)
      throws CryptoException {
    byte[] recordId = SupportRecords.itemId(ticketId, itemId);
    byte[] wrapped = asOwner ? item.ownerKey() : item.teamKey();
    SecretBytes dataKey = KeyWrap.open(wrapped, key, SupportRecords.MESSAGE_KEY, recordId);
    try {
      byte[] plain =
          RecordCipher.open(dataKey, SupportRecords.MESSAGE, recordId, item.ciphertext());
      return new String(plain, StandardCharsets.UTF_8);
    } finally {
      dataKey.destroy();
    }
  }
}
