package org.aparte.client.log;

import java.util.Optional;
import org.aparte.transparency.SignedTreeHead;

/** Where a client keeps the last tree head it verified (its profile; memory in tests). */
public interface TreeHeadStore {
  Optional<SignedTreeHead> last();

  void save(SignedTreeHead head);

  /** A store that forgets when the process ends. */
  static TreeHeadStore inMemory() {
    return new TreeHeadStore() {
      private SignedTreeHead last;

      @Override
      public synchronized Optional<SignedTreeHead> last() {
        return Optional.ofNullable(last);
      }

      @Override
      public synchronized void save(SignedTreeHead head) {
        last = head;
      }
    };
  }
}
