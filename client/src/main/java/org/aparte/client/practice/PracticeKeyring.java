package org.aparte.client.practice;

import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aparte.crypto.keys.EncryptionKeyPair;

/**
 * Every version of a practice's key pair this member can open: the newest is the one bookings are
 * encrypted to now, the older ones read history. {@link #toString()} names versions only.
 */
public final class PracticeKeyring {
  private final SortedMap<Integer, EncryptionKeyPair> versions;

  public PracticeKeyring(Map<Integer, EncryptionKeyPair> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a keyring holds at least one version");
    }
    this.versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
  }

  public int currentVersion() {
    return versions.lastKey();
  }

  public EncryptionKeyPair current() {
    return versions.get(versions.lastKey());
  }

  public Optional<EncryptionKeyPair> version(int version) {
    return Optional.ofNullable(versions.get(version));
  }

  public EncryptionKeyPair require(int version) {
    return version(version)
        .orElseThrow(() -> new NoSuchElementException("no practice key version " + version));
  }

  /** Every version, oldest first. */
  public SortedMap<Integer, EncryptionKeyPair> versions() {
    return versions;
  }

  /** This keyring plus one more version. */
  public PracticeKeyring with(int version, EncryptionKeyPair pair) {
    var more = new TreeMap<>(versions);
    more.put(version, pair);
    return new PracticeKeyring(more);
  }

  @Override
  public String toString() {
    return "PracticeKeyring[versions=" + versions.keySet() + ", keys redacted]";
  }
}
