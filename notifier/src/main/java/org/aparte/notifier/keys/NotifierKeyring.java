package org.aparte.notifier.keys;

import java.util.List;
import java.util.Optional;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyId;

/** The notifier's key pairs, oldest first; the last is current (new jobs are sealed to it). */
public final class NotifierKeyring {
  private final List<EncryptionKeyPair> keys;

  public NotifierKeyring(List<EncryptionKeyPair> keys) {
    if (keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException("a notifier keyring has at least one key");
    }
    this.keys = List.copyOf(keys);
  }

  public EncryptionKeyPair current() {
    return keys.get(keys.size() - 1);
  }

  public List<EncryptionKeyPair> all() {
    return keys;
  }

  /** The pair a job names, if the notifier still holds it. */
  public Optional<EncryptionKeyPair> find(KeyId keyId) {
    return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
  }

  @Override
  public String toString() {
    return "NotifierKeyring[" + keys.size() + " keys, current " + current().keyId() + "]";
  }
}
