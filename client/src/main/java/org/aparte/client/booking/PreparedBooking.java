package org.aparte.client.booking;

import org.aparte.protocol.booking.CreateBookingRequest;

/**
 * A booking ready to send: the request (safe to resend as is: the server answers a retry with the
 * same result) and the receipt to keep once it is accepted.
 */
public record PreparedBooking(CreateBookingRequest request, BookingReceipt receipt) {}
