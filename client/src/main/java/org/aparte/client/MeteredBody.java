package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.HttpURLConnection;

/**
 * An answer's body as {@link BlockingDownload} hands it over. It adds what the bare connection
 * lacks: a body that ends before its announced length is an {@link IOException} (a cut connection,
 * not a short file: the caller must not take it for tampering), an interrupted thread stops at its
 * next read, and closing before the end drops the connection instead of reading the rest of a large
 * answer to keep it alive.
 */
final class MeteredBody extends InputStream {
  private final HttpURLConnection connection;
  private final InputStream in;
  private final long announced;
  private long received;
  private boolean ended;

  MeteredBody(HttpURLConnection connection, long announced) throws IOException {
    this.connection = connection;
    this.in = connection.getInputStream();
    this.announced = announced;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("the download was interrupted");
    }
    if (length == 0 || ended) {
      return ended ? -1 : 0;
    }
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (InterruptedIOException timedOut) {
      throw timedOut;
    } catch (IOException cut) {
      throw endedEarly(cut);
    }
    if (n < 0) {
      if (announced >= 0 && received < announced) {
        throw endedEarly(null);
      }
      ended = true;
      return -1;
    }
    received += n;
    return n;
  }

  private IOException endedEarly(IOException cause) {
    String of = announced >= 0 ? " of " + announced : "";
    return new IOException("the connection ended after " + received + of + " bytes", cause);
  }

  @Override
  public void close() throws IOException {
    if (ended || (announced >= 0 && received == announced)) {
      in.close();
    } else {
      connection.disconnect();
    }
  }
}
