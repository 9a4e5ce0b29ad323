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

  /**
   * The highest version seen so far: taken before a read is sent, it is what an honest answer
   * cannot be older than (a write this session commits while the read is in flight may be newer
   * than the answer, and is no rollback).
   */
  synchronized long floor() {
    return highest;
  }

  /** Refuses an answer older than the floor taken before its request was sent. */
  static void check(long version, long floor) throws VaultRollbackException {
    if (version < floor) {
      throw new VaultRollbackException(version, floor);
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
