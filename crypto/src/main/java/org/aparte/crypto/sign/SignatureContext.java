package org.aparte.crypto.sign;

import java.util.regex.Pattern;

/**
 * What a signature vouches for ("tree-head", "prescription", "key-entry"…). It is part of the
 * signed bytes, so a signature made in one context never verifies in another.
 */
public record SignatureContext(String label) {
  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9-]{1,32}");

  public SignatureContext {
    if (label == null || !SYNTAX.matcher(label).matches()) {
      throw new IllegalArgumentException("a signature context is 1 to 32 of [a-z0-9-]");
    }
  }

  public static SignatureContext of(String label) {
    return new SignatureContext(label);
  }
}
