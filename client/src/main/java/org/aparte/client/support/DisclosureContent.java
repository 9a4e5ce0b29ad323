package org.aparte.client.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The plaintext of a disclosure record (JSON): the ids it belongs to, its expiry (also in the
 * record id, so in the AAD) and the approved fields only.
 */
public record DisclosureContent(
    int version,
    UUID disclosureId,
    UUID ticketId,
    UUID agentId,
    Instant expiresAt,
    List<DisclosedRecord> records) {
  public static final int VERSION = 1;

  public DisclosureContent {
    records = List.copyOf(records);
  }

  @Override
  public String toString() {
    return "DisclosureContent[" + disclosureId + ", " + records.size() + " records, REDACTED]";
  }
}
