package org.aparte.client.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;

/**
 * Record types, wrap purposes and record ids of the support formats (docs/protocol.md, "Support
 * access"). Every record id binds the ids its record must not be moved away from.
 */
public final class SupportRecords {
  public static final RecordType MESSAGE = RecordType.of("support-message");
  public static final RecordType DISCLOSURE = RecordType.of("support-disclosure");
  public static final WrapPurpose MESSAGE_KEY = WrapPurpose.of("support-message");
  public static final WrapPurpose DISCLOSURE_KEY = WrapPurpose.of("support-disclosure");
  public static final WrapPurpose TEAM_KEY = WrapPurpose.of("support-team-key");

  private SupportRecords() {}

  /** A ticket item: {@code ticketId (16) || itemId (16)}; the subject's item id is the ticket's. */
  public static byte[] itemId(UUID ticketId, UUID itemId) {
    return ids(16 * 2, ticketId, itemId).array();
  }

  /**
   * A disclosure: {@code disclosureId (16) || agentId (16) || expiry (8, ms)}, so the expiry is in
   * the associated data of the record and of its wrapped key.
   */
  public static byte[] disclosureId(UUID disclosureId, UUID agentId, Instant expiresAt) {
    return ids(16 * 2 + 8, disclosureId, agentId).putLong(expiresAt.toEpochMilli()).array();
  }

  private static ByteBuffer ids(int length, UUID... ids) {
    ByteBuffer out = ByteBuffer.allocate(length);
    for (UUID id : ids) {
      out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
    return out;
  }
}
