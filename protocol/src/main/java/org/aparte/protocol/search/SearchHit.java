package org.aparte.protocol.search;

import java.util.UUID;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.SlotView;

/**
 * One practice in search results: its public profile, its distance from the searched point (null
 * when no point was given), and its earliest free slot in the next 14 days (null when none).
 */
public record SearchHit(UUID id, PracticeProfile profile, Double distanceKm, SlotView earliest) {}
