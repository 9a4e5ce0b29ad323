package org.aparte.protocol;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation used by the compact constructors of wire records. A failure throws {@link
 * InvalidFieldException} naming the field and the problem, never the submitted value, so that error
 * messages and logs cannot echo ciphertext or identifiers back.
 */
public final class Check {
  private Check() {}

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidFieldException(field, "is required");
    }
    return value;
  }

  public static byte[] bytes(String field, byte[] value, int min, int max) {
    present(field, value);
    if (value.length < min || value.length > max) {
      throw new InvalidFieldException(
          field,
          min == max ? "must be " + min + " bytes" : "must be " + min + ".." + max + " bytes");
    }
    return value;
  }

  public static String text(String field, String value, int min, int max) {
    present(field, value);
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new InvalidFieldException(field, "must be " + min + ".." + max + " characters");
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw new InvalidFieldException(field, "must not contain control characters");
    }
    return value;
  }

  public static String matches(String field, String value, Pattern pattern, String expected) {
    present(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new InvalidFieldException(field, "must be " + expected);
    }
    return value;
  }

  public static int range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidFieldException(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  public static double range(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidFieldException(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  public static <T> List<T> list(String field, List<T> value, int min, int max) {
    present(field, value);
    if (value.size() < min || value.size() > max) {
      throw new InvalidFieldException(field, "must have " + min + ".." + max + " items");
    }
    // Not value.contains(null): immutable lists throw on a null argument.
    if (value.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidFieldException(field, "must not contain null items");
    }
    return List.copyOf(value);
  }
}
