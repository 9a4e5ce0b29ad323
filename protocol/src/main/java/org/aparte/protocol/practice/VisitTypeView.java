package org.aparte.protocol.practice;

import java.util.UUID;

/** A visit type as the public sees it. */
public record VisitTypeView(
    UUID id,
    String name,
    int durationMinutes,
    boolean bookableOnline,
    int capacity,
    FollowUpSpec followUp) {}
