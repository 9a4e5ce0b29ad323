package org.aparte.client.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;
import org.aparte.client.BodySink;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.stream.StreamDecryptor;

/**
 * A document's ciphertext, decrypted as the response delivers it: each buffer goes straight into
 * the stream decryptor, which writes every segment that authenticates.
 */
final class DecryptingSink implements BodySink<CryptoException> {
  private final StreamDecryptor decryptor;
  private final LongConsumer progress;
  private long received;
  private long written = -1;

  DecryptingSink(StreamDecryptor decryptor, LongConsumer progress) {
    this.decryptor = decryptor;
    this.progress = progress;
  }

  @Override
  public void accept(ByteBuffer buffer) throws IOException, CryptoException {
    int n = buffer.remaining();
    decryptor.update(buffer);
    received += n;
    progress.accept(received);
  }

  @Override
  public void complete() throws IOException, CryptoException {
    written = decryptor.finish();
  }

  /** The plaintext bytes written, once the whole stream has authenticated; -1 before. */
  long written() {
    return written;
  }
}
