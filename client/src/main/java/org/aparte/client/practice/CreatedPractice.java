package org.aparte.client.practice;

import java.util.UUID;

/** A practice just created: its id and the creator's keyring (version 1). */
public record CreatedPractice(UUID practiceId, PracticeKeyring keyring) {}
