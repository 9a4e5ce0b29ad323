package org.aparte.protocol.support;

import java.util.List;

/** The log entries ({@code SupportEvent} encodings) about one ticket, oldest first. */
public record EventList(List<byte[]> entries) {}
