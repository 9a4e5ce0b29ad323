package org.aparte.server.booking;

import org.aparte.server.errors.ApiException;

/** A booking-path refusal with its own stable code (e.g. {@code slot_closed}). */
final class BookingException extends ApiException {
  private static final long serialVersionUID = 1L;

  BookingException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static BookingException credentialsNotAllowed() {
    return new BookingException(
        400,
        "credentials_not_allowed",
        "booking requests must not carry an Authorization header or a cookie",
        null);
  }

  static BookingException notFound() {
    return new BookingException(404, "not_found", "no such booking", null);
  }

  static BookingException badField(String field, String problem) {
    return new BookingException(400, "invalid_field", field + " " + problem, field);
  }

  static BookingException conflict(String code, String message) {
    return new BookingException(409, code, message, null);
  }
}
