package org.aparte.server.errors;

/** 400: the request is malformed or a field breaks its rules. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * A field that breaks a rule: {@code new BadRequestException("slotIds", "must not be empty")}.
   */
  public BadRequestException(String field, String problem) {
    super(400, "invalid_field", field + " " + problem, field);
  }

  private BadRequestException(String code, String message, String field) {
    super(400, code, message, field);
  }

  /** The body is not JSON at all. */
  public static BadRequestException malformedJson() {
    return new BadRequestException(
        "malformed_json", "the request body is not well-formed JSON", null);
  }

  /** The body names a field the endpoint does not know. */
  public static BadRequestException unknownField(String field) {
    return new BadRequestException("unknown_field", field + " is not a known field", field);
  }

  /** Something is wrong with the request as a whole. */
  public static BadRequestException of(String message) {
    return new BadRequestException("bad_request", message, null);
  }
}
