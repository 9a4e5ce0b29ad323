package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpRequest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A request body produced by a writer (e.g. a stream cipher) while the HTTP client sends it: the
 * writer runs on its own thread into a pipe of {@value #PIPE_BYTES} bytes, so memory stays at one
 * pipe whatever the body's size.
 */
public final class StreamingBodies implements AutoCloseable {
  static final int PIPE_BYTES = 256 * 1024;

  /** Writes a whole body; called once, on the writer thread. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private final PipedInputStream source;
  private final FutureTask<Void> task;

  private StreamingBodies(PipedInputStream source, FutureTask<Void> task) {
    this.source = source;
    this.task = task;
  }

  static StreamingBodies start(Writer writer) throws IOException {
    PipedInputStream source = new PipedInputStream(PIPE_BYTES);
    PipedOutputStream sink = new PipedOutputStream(source);
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try (OutputStream out = sink) {
                writer.writeTo(out);
              }
              return null;
            });
    Thread.ofVirtual().name("aparte-upload").start(task);
    return new StreamingBodies(source, task);
  }

  HttpRequest.BodyPublisher publisher() {
    InputStream in = source;
    return HttpRequest.BodyPublishers.ofInputStream(() -> in);
  }

  /** Waits for the writer and reports its failure, if any. */
  void finish() throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("the upload's writer failed", e.getCause());
    }
  }

  /** Closing the pipe's reading end stops a writer whose body the server did not read. */
  @Override
  public void close() throws IOException {
    source.close();
  }
}
