package org.aparte.transparency;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One support-access event as hashed into the log (codes 0x10..0x16). Fixed layout, 98 bytes,
 * big-endian:
 *
 * <pre>
 * 0x01 (format version) || u8 kind || 16-byte agent id || 16-byte ticket id
 *   || 16-byte disclosure id || 32-byte scope hash || u64 time (ms) || u64 expiry (ms, 0 if none)
 * </pre>
 *
 * No field names the user: a ticket id is random (not the account id), a disclosure id is random,
 * and the scope is only a SHA-256 of its canonical encoding. The agent id is the nil UUID when the
 * actor of a refused attempt is not an agent.
 */
public record SupportEvent(
    EntryKind kind,
    UUID agentId,
    UUID ticketId,
    UUID disclosureId,
    byte[] scopeHash,
    long timeMillis,
    long expiresMillis) {
  public static final int FORMAT_VERSION = 1;
  public static final int LENGTH = 2 + 3 * 16 + 32 + 16;

  /** The agent id of a refused attempt by someone who is not an agent. */
  public static final UUID NOBODY = new UUID(0, 0);

  public SupportEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(disclosureId, "disclosureId");
    if (!kind.isSupportEvent()) {
      throw new IllegalArgumentException("a support event has a kind 0x10..0x16");
    }
    if (scopeHash == null || scopeHash.length != 32 || timeMillis < 0 || expiresMillis < 0) {
      throw new IllegalArgumentException("a 32-byte scope hash; times are not negative");
    }
    scopeHash = scopeHash.clone();
  }

  @Override
  public byte[] scopeHash() {
    return scopeHash.clone();
  }

  public byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(LENGTH);
    out.put((byte) FORMAT_VERSION).put((byte) kind.code());
    for (UUID id : new UUID[] {agentId, ticketId, disclosureId}) {
      out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
    return out.put(scopeHash).putLong(timeMillis).putLong(expiresMillis).array();
  }

  /** Decodes an entry; checks version, kind and exact length before reading a field. */
  public static SupportEvent decode(byte[] encoded) throws MalformedEntryException {
    if (encoded == null || encoded.length != LENGTH) {
      throw new MalformedEntryException("support event: not " + LENGTH + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(encoded);
    if (in.get() != FORMAT_VERSION) {
      throw new MalformedEntryException("support event: unsupported format version");
    }
    int code = in.get() & 0xff;
    EntryKind kind =
        EntryKind.fromCode(code)
            .filter(EntryKind::isSupportEvent)
            .orElseThrow(() -> new MalformedEntryException("support event: unknown kind " + code));
    UUID agent = new UUID(in.getLong(), in.getLong());
    UUID ticket = new UUID(in.getLong(), in.getLong());
    UUID disclosure = new UUID(in.getLong(), in.getLong());
    byte[] scope = new byte[32];
    in.get(scope);
    long time = in.getLong();
    long expires = in.getLong();
    if (time < 0 || expires < 0) {
      throw new MalformedEntryException("support event: negative time");
    }
    return new SupportEvent(kind, agent, ticket, disclosure, scope, time, expires);
  }

  /** Whether {@code entry} looks like a support event (for sorting a log's entries by format). */
  public static boolean isSupportEvent(byte[] entry) {
    return entry != null
        && entry.length == LENGTH
        && entry[0] == FORMAT_VERSION
        && EntryKind.fromCode(entry[1] & 0xff).map(EntryKind::isSupportEvent).orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportEvent event && Arrays.equals(encode(), event.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "SupportEvent[" + kind + ", ticket=" + ticketId + ", disclosure=" + disclosureId + "]";
  }
}
