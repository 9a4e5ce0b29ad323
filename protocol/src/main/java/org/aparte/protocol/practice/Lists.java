package org.aparte.protocol.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/**
 * List checks for this package. {@code Check.list} asks {@code contains(null)}, which immutable
 * lists answer with a NullPointerException; this checks element by element instead.
 */
final class Lists {
  private Lists() {}

  static <T> List<T> of(String field, List<T> value, int min, int max) {
    Check.present(field, value);
    if (value.size() < min || value.size() > max) {
      throw new InvalidFieldException(field, "must have " + min + ".." + max + " items");
    }
    if (value.stream().anyMatch(Objects::isNull)) {
      throw new InvalidFieldException(field, "must not contain null items");
    }
    return List.copyOf(new ArrayList<>(value));
  }
}
