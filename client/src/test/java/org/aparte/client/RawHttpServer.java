package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 server written by hand on a socket, for answers no well-behaved server gives: a body
 * shorter than its Content-Length, a body that stalls, a body written until the client hangs up.
 * Serves one connection at a time, each with the same {@link Answer}.
 */
public final class RawHttpServer implements AutoCloseable {
  /** Writes the whole answer, status line included, for one request. */
  @FunctionalInterface
  public interface Answer {
    void write(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicLong written = new AtomicLong();
  private final CountDownLatch hungUp = new CountDownLatch(1);
  private volatile Socket current;
  private volatile String request = "";

  public RawHttpServer(Answer answer) throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    acceptor = Thread.ofVirtual().start(() -> serve(answer));
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
  }

  /** Counted down when a write to the client failed: the client closed the connection. */
  public CountDownLatch hungUp() {
    return hungUp;
  }

  /** The last request's line and headers, as received. */
  public String request() {
    return request;
  }

  /** Body bytes the answer reported through {@link #counting}. */
  public long written() {
    return written.get();
  }

  /** Wraps {@code out} so that {@link #written} counts what goes through it. */
  public OutputStream counting(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written.addAndGet(len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  /**
   * Announces {@code declared} bytes, far more than socket buffers hold, and writes zeros until the
   * client hangs up: for tests of a client that stops reading.
   */
  public static Answer endless(long declared) {
    return out -> {
      out.write(head(200, declared));
      byte[] chunk = new byte[64 * 1024];
      for (long sent = 0; sent < declared; sent += chunk.length) {
        out.write(chunk);
      }
    };
  }

  public static byte[] head(int status, long contentLength) {
    return ("HTTP/1.1 "
            + status
            + " X\r\nContent-Type: application/octet-stream\r\nContent-Length: "
            + contentLength
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private void serve(Answer answer) {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        current = client;
        request = readRequest(client.getInputStream());
        try {
          OutputStream out = client.getOutputStream();
          answer.write(out);
          out.flush();
        } catch (IOException e) {
          hungUp.countDown();
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Reads up to the blank line after the request's headers (a GET has no body). */
  private static String readRequest(InputStream in) throws IOException {
    var head = new java.io.ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b; matched < end.length && (b = in.read()) >= 0; ) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    Socket client = current;
    if (client != null) {
      client.close(); // unblocks an answer still writing to a client that stopped reading
    }
    try {
      acceptor.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the server", e);
    }
  }
}
