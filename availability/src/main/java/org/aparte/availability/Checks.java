package org.aparte.availability;

import java.time.LocalTime;

/**
 * Argument checks for the value types. They throw {@link IllegalArgumentException} (never a bare
 * {@link NullPointerException}) with a message that names the field, which the server turns into a
 * 400 answer.
 */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static int inRange(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  static LocalTime wholeMinute(LocalTime time, String field) {
    required(time, field);
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException(field + " must be a whole minute, was " + time);
    }
    return time;
  }

  /**
   * A display name: 1..max code points, no leading or trailing white space, no control characters.
   */
  static String displayName(String value, int max, String field) {
    required(value, field);
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > max) {
      throw new IllegalArgumentException(
          field + " must be 1 to " + max + " characters, was " + length);
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(field + " must not start or end with white space");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " must not contain control characters");
    }
    return value;
  }
}
