package org.aparte.client.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.support.RefKind;

/**
 * Opaque handles for the records a user offers to a ticket: the first 16 bytes of HMAC-SHA256 under
 * a key derived from the vault key ({@link Labels#SUPPORT_REF_KEY}), over {@code ticket id (16) ||
 * kind name || record id (16)}. Only the owner can compute or recognise them, so the operator, who
 * knows booking ids, cannot tell which booking a handle stands for.
 */
public final class SupportRefs {
  /** The profile's record id in a handle (there is one profile). */
  public static final UUID PROFILE_ID = new UUID(0, 0);

  private final SecretBytes key;

  public SupportRefs(SecretBytes vaultKey) {
    this.key = Hkdf.subkey(vaultKey, Labels.SUPPORT_REF_KEY);
  }

  public byte[] handle(UUID ticketId, RefKind kind, UUID recordId) {
    byte[] raw = key.revealCopy();
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(raw, "HmacSHA256"));
      mac.update(
          ByteBuffer.allocate(16)
              .putLong(ticketId.getMostSignificantBits())
              .putLong(ticketId.getLeastSignificantBits())
              .array());
      mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
      mac.update(
          ByteBuffer.allocate(16)
              .putLong(recordId.getMostSignificantBits())
              .putLong(recordId.getLeastSignificantBits())
              .array());
      return Arrays.copyOf(mac.doFinal(), 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Handle (hex) → the record it stands for, for every record of the vault. */
  public Map<String, VaultRecord> index(
      UUID ticketId, org.aparte.client.vault.VaultDocument vault) {
    return index(ticketId, VaultRecord.all(vault));
  }

  /** Handle (hex) → the record it stands for, for each of {@code records}. */
  public Map<String, VaultRecord> index(UUID ticketId, java.util.List<VaultRecord> records) {
    Map<String, VaultRecord> out = new LinkedHashMap<>();
    for (VaultRecord record : records) {
      out.put(
          java.util.HexFormat.of().formatHex(handle(ticketId, record.kind(), record.id())), record);
    }
    return out;
  }
}
