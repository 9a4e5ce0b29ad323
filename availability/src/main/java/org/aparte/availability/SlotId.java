package org.aparte.availability;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

/**
 * The stable textual name of a slot: {@code <visit type id>@<start>}, for example {@code
 * 0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z}. The id is lower-case canonical UUID
 * text and the start is {@link Instant#toString()} (UTC, seconds always written, fractions only
 * when present), so that one slot has exactly one id and ids can be compared as strings.
 *
 * <p>The id names a slot but does not prove it exists: the calendar decides that (see {@link
 * SlotCalendar#validate}).
 */
public record SlotId(UUID visitTypeId, Instant start) {
  /** Longer than any canonical id (36 + 1 + at most 38), short enough to refuse junk early. */
  public static final int MAX_LENGTH = 80;

  private static final char SEPARATOR = '@';

  public SlotId {
    Checks.required(visitTypeId, "slot visit type id");
    Checks.required(start, "slot start");
  }

  /**
   * Parses an id produced by {@link #text()}. Anything else — other UUID spellings, offsets other
   * than {@code Z}, extra characters, {@code null} — is refused with {@link InvalidSlotIdException}
   * and no other exception.
   */
  public static SlotId parse(String text) throws InvalidSlotIdException {
    if (text == null || text.isEmpty()) {
      throw new InvalidSlotIdException("slot id is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidSlotIdException("slot id is longer than " + MAX_LENGTH + " characters");
    }
    int at = text.indexOf(SEPARATOR);
    if (at < 0 || text.indexOf(SEPARATOR, at + 1) >= 0) {
      throw new InvalidSlotIdException("slot id must contain exactly one '@'");
    }
    String uuidText = text.substring(0, at);
    String instantText = text.substring(at + 1);
    UUID visitTypeId;
    try {
      visitTypeId = UUID.fromString(uuidText);
    } catch (IllegalArgumentException e) {
      throw new InvalidSlotIdException("slot id visit type is not a UUID");
    }
    // UUID.fromString accepts short groups and upper case; only the canonical text is an id.
    if (!visitTypeId.toString().equals(uuidText)) {
      throw new InvalidSlotIdException("slot id visit type is not a canonical lower-case UUID");
    }
    Instant start;
    try {
      start = Instant.parse(instantText);
    } catch (DateTimeException e) {
      throw new InvalidSlotIdException("slot id start is not an ISO-8601 instant");
    }
    // Instant.parse accepts offsets and lower-case letters; only Instant.toString's form is an id.
    if (!start.toString().equals(instantText)) {
      throw new InvalidSlotIdException("slot id start is not a canonical UTC instant");
    }
    return new SlotId(visitTypeId, start);
  }

  /** The id's text form, which {@link #parse} reads back to an equal id. */
  public String text() {
    return visitTypeId.toString() + SEPARATOR + start;
  }

  @Override
  public String toString() {
    return text();
  }
}
