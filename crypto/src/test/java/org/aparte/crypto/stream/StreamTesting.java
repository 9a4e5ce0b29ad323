package org.aparte.crypto.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;

/** Byte-array shortcuts over the streaming API, for tests. */
final class StreamTesting {
  static final SecureRandom RANDOM = new SecureRandom();

  private StreamTesting() {}

  static byte[] encrypt(StreamCipher cipher, SecretBytes key, byte[] ad, byte[] plaintext)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cipher.encrypt(key, ad, new ByteArrayInputStream(plaintext), out, RANDOM);
    return out.toByteArray();
  }

  static byte[] decrypt(SecretBytes key, byte[] ad, byte[] ciphertext)
      throws IOException, CryptoException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamCipher.decrypt(key, ad, new ByteArrayInputStream(ciphertext), out);
    return out.toByteArray();
  }

  /** An input stream that hands out at most a few bytes per read, as sockets do. */
  static InputStream trickling(byte[] bytes, int maxPerRead) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, maxPerRead));
      }
    };
  }
}
