package org.aparte.protocol.support;

import java.util.List;
import java.util.UUID;

/** Ticket ids, newest first. */
public record TicketList(List<UUID> ticketIds) {}
