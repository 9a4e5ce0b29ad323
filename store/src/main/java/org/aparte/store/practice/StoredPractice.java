package org.aparte.store.practice;

import java.util.UUID;
import org.aparte.protocol.practice.PracticeProfile;

/** A practice row: its id and public profile. */
public record StoredPractice(UUID id, PracticeProfile profile) {}
