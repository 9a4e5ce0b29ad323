package org.aparte.server.errors;

/**
 * Every 4xx/5xx body: a stable machine code, a human message, and the offending field or null. (The
 * same shape as the protocol module's ErrorResponse.)
 */
public record ErrorBody(String error, String message, String field) {
  public static ErrorBody of(ApiException e) {
    return new ErrorBody(e.code(), e.getMessage(), e.field());
  }
}
