package org.aparte.protocol.practice;

import java.time.LocalDate;
import java.util.UUID;

/** A closure as stored: whole local days, for the practice (no visit type) or one visit type. */
public record ClosureView(LocalDate from, LocalDate until, UUID visitTypeId) {}
