package org.aparte.protocol.practice;

import java.util.UUID;

/** One entry of {@code GET /v1/practices/mine}. */
public record MyPractice(UUID id, PracticeProfile profile, MemberRole role) {}
