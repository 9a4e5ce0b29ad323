package org.aparte.server.document;

import org.aparte.server.errors.ApiException;

/** A refusal on the document routes, with its own stable code. */
final class DocumentException extends ApiException {
  private static final long serialVersionUID = 1L;

  private DocumentException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static DocumentException notFound() {
    return new DocumentException(404, "not_found", "no such document", null);
  }

  static DocumentException bookingNotFound() {
    return new DocumentException(404, "not_found", "no such booking", null);
  }

  static DocumentException badField(String field, String problem) {
    return new DocumentException(400, "invalid_field", field + " " + problem, field);
  }

  static DocumentException conflict(String code, String message) {
    return new DocumentException(409, code, message, null);
  }

  static DocumentException tooLarge(long maxBytes) {
    return new DocumentException(
        413, "document_too_large", "a document is at most " + maxBytes + " encrypted bytes", null);
  }

  static DocumentException notOwner() {
    return new DocumentException(
        403, "not_owner", "only the sender of a document may upload or delete it", null);
  }

  static DocumentException credentialsNotAllowed() {
    return new DocumentException(
        400,
        "credentials_not_allowed",
        "a patient's document requests must not carry an Authorization header or a cookie",
        null);
  }

  static DocumentException blobStoreUnavailable() {
    return new DocumentException(503, "unavailable", "the document store is unavailable", null);
  }
}
