package org.aparte.crypto.keys;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;

/**
 * A {@code SecureRandom} that hands out exactly the bytes it was given, in order, then refuses. It
 * fixes the randomness of a key generation or a seal so tests and vector files can reproduce it.
 */
public final class ScriptedRandom extends SecureRandom {
  private final byte[] script;
  private int position;

  public ScriptedRandom(byte[]... chunks) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] chunk : chunks) {
      all.writeBytes(chunk);
    }
    this.script = all.toByteArray();
  }

  @Override
  public void nextBytes(byte[] out) {
    if (out.length > script.length - position) {
      throw new IllegalStateException("scripted randomness exhausted");
    }
    System.arraycopy(script, position, out, 0, out.length);
    position += out.length;
  }

  public boolean isExhausted() {
    return position == script.length;
  }
}
