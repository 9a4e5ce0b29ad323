package org.aparte.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * An error answer's first {@value #LIMIT} bytes, enough for any JSON error; the rest is dropped.
 */
final class ErrorBody implements BodySink<RuntimeException> {
  static final int LIMIT = 64 * 1024;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @Override
  public void accept(ByteBuffer buffer) {
    int n = Math.min(buffer.remaining(), LIMIT - bytes.size());
    byte[] kept = new byte[n];
    buffer.get(kept);
    bytes.writeBytes(kept);
    buffer.position(buffer.limit());
  }

  @Override
  public void complete() {}

  byte[] bytes() {
    return bytes.toByteArray();
  }
}
