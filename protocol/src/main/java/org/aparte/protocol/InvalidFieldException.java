package org.aparte.protocol;

/**
 * A wire value that breaks its record's rules. The message names the field and the rule; it never
 * contains the value. The server maps it to {@code 400 {"error":"invalid_field", "field": ...}}.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String problem;

  public InvalidFieldException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The rule that was broken, without the field name, e.g. {@code "must be 32 bytes"}. */
  public String problem() {
    return problem;
  }

  public String field() {
    return field;
  }
}
