package org.aparte.client.vault;

/**
 * What this session has seen of its vault: the highest version read or written, and whether the
 * vault was already in the version-bound format. The server stores the vault and could serve an
 * older copy; the version is bound into the record's associated data, so the copy cannot claim a
 * newer version than it was written as, and a version older than one already seen is refused.
 */
public final class VaultHistory {
  private long highest;
  private boolean versioned;

  /** Refuses a version older than one this session has already seen. */
  synchronized void check(long version) throws VaultRollbackException {
    if (version < highest) {
      throw new VaultRollbackException(version, highest);
    }
  }

  synchronized void saw(long version, boolean versionBound) {
    highest = Math.max(highest, version);
    versioned |= versionBound;
  }

  /**
   * A vault written before versions were bound opens under the account id alone, but only until
   * this session has seen a version-bound one: after that, an unbound copy is an old one.
   */
  synchronized boolean acceptsUnbound() {
    return !versioned;
  }
}
