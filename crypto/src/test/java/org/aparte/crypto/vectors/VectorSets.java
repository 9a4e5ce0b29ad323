package org.aparte.crypto.vectors;

import java.util.List;

/** Every vector file we publish. Add a set here and both the generator and the check pick it up. */
public final class VectorSets {
  private VectorSets() {}

  public static List<VectorSet> all() {
    return List.of(
        new KeyWrapVectors(),
        new SignatureVectors(),
        new PasswordKdfVectors(),
        new RecoveryCodeVectors(),
        new RecordVectors(),
        new StreamVectors(),
        new BookingTokenVectors());
  }
}
