package org.aparte.client.vault;

import java.util.function.Consumer;

/**
 * What this session has seen of its vault: the highest version read or written, and whether the
 * vault was already in the version-bound format. The server stores the vault and could serve an
 * older copy; the version is bound into the record's associated data, so the copy cannot claim a
 * newer version than it was written as, and a version older than one already seen is refused.
 */
public final class VaultHistory {
  /** What a device keeps between sessions: the highest version seen, and whether it was bound. */
  public record Seen(long highest, boolean versionBound) {}

  private long highest;
  private boolean versioned;
  private Consumer<Seen> keeper = seen -> {};

  /**
   * Starts from what this device saw in earlier sessions, so that a new session refuses a copy
   * older than those, not only older than its own reads; only ever raises what is known.
   */
  public synchronized void remember(Seen earlier) {
    highest = Math.max(highest, earlier.highest());
    versioned |= earlier.versionBound();
  }

  /**
   * Called with the new state each time this session sees a higher version (or its first bound
   * one), for the device to keep it; called on the reading or writing thread, under no lock.
   */
  public synchronized void keepWith(Consumer<Seen> keeper) {
    this.keeper = java.util.Objects.requireNonNull(keeper, "keeper");
  }

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

  void saw(long version, boolean versionBound) {
    Seen changed;
    Consumer<Seen> keep;
    synchronized (this) {
      if (version <= highest && (versioned || !versionBound)) {
        return;
      }
      highest = Math.max(highest, version);
      versioned |= versionBound;
      changed = new Seen(highest, versioned);
      keep = keeper;
    }
    keep.accept(changed);
  }

  /**
   * A vault written before versions were bound opens under the account id alone, but only until
   * this session has seen a version-bound one: after that, an unbound copy is an old one.
   */
  synchronized boolean acceptsUnbound() {
    return !versioned;
  }
}
