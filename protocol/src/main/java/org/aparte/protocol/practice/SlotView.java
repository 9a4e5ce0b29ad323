package org.aparte.protocol.practice;

import java.time.Instant;

/** A bookable slot: its id, its interval, and how many places are still free (at least 1). */
public record SlotView(String slotId, Instant start, Instant end, int free) {}
