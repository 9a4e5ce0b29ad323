package org.aparte.client.booking;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aparte.crypto.keys.EncryptionKeyPair;

/** Every version of a practice's key pair a member holds, to read old and new bookings alike. */
public final class PracticeKeyring {
  private final Map<Integer, EncryptionKeyPair> byVersion;

  public PracticeKeyring(Map<Integer, EncryptionKeyPair> byVersion) {
    this.byVersion = new TreeMap<>(byVersion);
  }

  public Optional<EncryptionKeyPair> version(int version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  @Override
  public String toString() {
    return "PracticeKeyring[versions=" + byVersion.keySet() + "]";
  }
}
