package org.aparte.server.message;

import org.aparte.server.errors.ApiException;

/** A refusal on the message routes, with its own stable code. */
final class MessageException extends ApiException {
  private static final long serialVersionUID = 1L;

  private MessageException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static MessageException threadNotFound() {
    return new MessageException(404, "not_found", "no such thread", null);
  }

  static MessageException bookingNotFound() {
    return new MessageException(404, "not_found", "no such booking", null);
  }

  static MessageException badField(String field, String problem) {
    return new MessageException(400, "invalid_field", field + " " + problem, field);
  }

  static MessageException idReused() {
    return new MessageException(
        409, "message_id_reused", "this message id was used for another message", null);
  }

  static MessageException credentialsNotAllowed() {
    return new MessageException(
        400,
        "credentials_not_allowed",
        "a patient's message requests must not carry an Authorization header or a cookie",
        null);
  }
}
