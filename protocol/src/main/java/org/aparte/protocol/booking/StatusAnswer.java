package org.aparte.protocol.booking;

/** {@code {status}}: the answer to a cancellation. */
public record StatusAnswer(BookingStatus status) {}
