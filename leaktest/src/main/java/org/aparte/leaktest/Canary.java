package org.aparte.leaktest;

/**
 * A unique string planted where users put private data. {@code what} says where it was planted
 * (e.g. "patient last name"); a control canary is public by design and must be found, which proves
 * the search itself works.
 */
public record Canary(String what, String value, boolean control) {
  public Canary {
    if (value.length() < 8) {
      throw new IllegalArgumentException("a canary needs at least 8 characters to be unique");
    }
    if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      // Its encodings (case, hex, base64...) are computed on ASCII; accents are out of scope.
      throw new IllegalArgumentException("a canary is printable ASCII");
    }
  }

  static Canary secret(String what, String value) {
    return new Canary(what, value, false);
  }

  static Canary control(String what, String value) {
    return new Canary(what, value, true);
  }
}
