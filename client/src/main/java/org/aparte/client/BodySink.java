package org.aparte.client;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Where a streamed response body goes, buffer by buffer as the HTTP client receives it, on the
 * client's own thread: no hand-off to the caller's thread, and no buffer is asked for before the
 * previous one has been taken. If a call throws, the download stops (the response is cancelled) and
 * the failure reaches the caller of the download; the sink then discards what it has.
 *
 * @param <X> the sink's own failure (e.g. a ciphertext that does not authenticate)
 */
public interface BodySink<X extends Exception> {
  /** Takes all of {@code buffer}'s remaining bytes; the buffer is not valid after the call. */
  void accept(ByteBuffer buffer) throws IOException, X;

  /** The body ended with all its bytes. */
  void complete() throws IOException, X;
}
