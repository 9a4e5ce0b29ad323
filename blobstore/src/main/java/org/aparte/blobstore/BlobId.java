package org.aparte.blobstore;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A blob's name: 128 random bits as 32 lower-case hex digits. It says nothing about the blob's
 * content or owner, and it is safe as a file name and an object key as it is.
 */
public record BlobId(String value) {
  private static final Pattern SYNTAX = Pattern.compile("[0-9a-f]{32}");

  public BlobId {
    Objects.requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException("a blob id is 32 lower-case hex digits");
    }
  }

  public static BlobId random(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return new BlobId(HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
