package org.aparte.server.reminder;

import org.aparte.server.errors.ApiException;

/** A refusal on the reminder routes, with a stable code; never quotes the request. */
final class ReminderException extends ApiException {
  private static final long serialVersionUID = 1L;

  private ReminderException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static ReminderException credentialsNotAllowed() {
    return new ReminderException(
        400,
        "credentials_not_allowed",
        "reminder requests must not carry an Authorization header or a cookie",
        null);
  }

  static ReminderException notFound() {
    return new ReminderException(404, "not_found", "no such booking", null);
  }

  static ReminderException badField(String field, String problem) {
    return new ReminderException(400, "invalid_field", field + " " + problem, field);
  }

  static ReminderException conflict(String code, String message) {
    return new ReminderException(409, code, message, null);
  }
}
