package org.aparte.crypto.wrap;

import java.util.regex.Pattern;

/**
 * What a wrapped key is for ("booking", "vault", "practice-key"…). It goes into the HPKE {@code
 * info}, so a key wrapped for one purpose cannot be opened as another.
 */
public record WrapPurpose(String label) {
  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9-]{1,32}");

  public WrapPurpose {
    if (label == null || !SYNTAX.matcher(label).matches()) {
      throw new IllegalArgumentException("a wrap purpose is 1 to 32 of [a-z0-9-]");
    }
  }

  public static WrapPurpose of(String label) {
    return new WrapPurpose(label);
  }
}
