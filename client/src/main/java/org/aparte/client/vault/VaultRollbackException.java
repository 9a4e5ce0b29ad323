package org.aparte.client.vault;

import java.io.IOException;

/** The server served an older vault than this session has already seen: refused, not shown. */
public final class VaultRollbackException extends IOException {
  public VaultRollbackException(long served, long seen) {
    super("the server served vault version " + served + ", older than version " + seen + " seen");
  }
}
