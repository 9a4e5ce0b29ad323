package org.aparte.client.account;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Record ids: a UUID as its 16 big-endian bytes. */
public final class Ids {
  private Ids() {}

  public static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
