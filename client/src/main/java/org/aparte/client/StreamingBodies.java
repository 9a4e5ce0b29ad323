package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request body pulled from a stream (e.g. a stream cipher's {@code encrypting} stream) only as
 * fast as the HTTP client asks for it: each {@code request(n)} reads n chunks of up to {@value
 * #CHUNK_BYTES} bytes on the requesting thread, so nothing runs ahead of the socket, there is no
 * writer thread or pipe, and memory stays at the few chunks the client has asked for but not yet
 * sent, whatever the body's size. The stream is read once: the publisher refuses a second
 * subscriber.
 */
public final class StreamingBodies implements HttpRequest.BodyPublisher {
  /** A 64 KiB stream-cipher segment and its tag, so one chunk is about one sealed segment. */
  static final int CHUNK_BYTES = 64 * 1024 + 16;

  /** Opens the body; called once, when the HTTP client subscribes. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private final Source source;
  private final long length;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  StreamingBodies(Source source, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("a streamed body has a known length");
    }
    this.source = source;
    this.length = length;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(new Refused());
      subscriber.onError(new IllegalStateException("a streamed body can be sent only once"));
      return;
    }
    new Pull(source, subscriber).start();
  }

  /**
   * Emits chunks while there is demand. A counter of pending drains keeps {@code onNext} calls
   * serial and stops {@code request} made from inside {@code onNext} from recursing.
   */
  private static final class Pull implements Flow.Subscription {
    private final Source source;
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    private volatile boolean done;
    private volatile IllegalArgumentException refusal;
    // Touched only inside drain(), which one thread at a time runs.
    private InputStream in;

    Pull(Source source, Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.source = source;
      this.subscriber = subscriber;
    }

    void start() {
      subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        refusal = new IllegalArgumentException("demand must be positive (rule 3.9)");
      } else {
        demand.getAndAccumulate(n, (current, more) -> Math.max(current, current + more));
      }
      drain();
    }

    @Override
    public void cancel() {
      done = true;
      drain();
    }

    private void drain() {
      if (drains.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        if (refusal != null) {
          fail(refusal);
        } else if (done) {
          closeQuietly();
        } else {
          emitWhileDemanded();
        }
        missed = drains.addAndGet(-missed);
      } while (missed != 0);
    }

    private void emitWhileDemanded() {
      while (!done && demand.get() > 0) {
        ByteBuffer chunk;
        try {
          if (in == null) {
            in = source.open();
          }
          // A fresh array per chunk: the HTTP client may still hold the previous one.
          byte[] bytes = new byte[CHUNK_BYTES];
          int n = in.readNBytes(bytes, 0, bytes.length);
          chunk = n == 0 ? null : ByteBuffer.wrap(bytes, 0, n);
        } catch (IOException | RuntimeException e) {
          fail(e);
          return;
        }
        if (chunk == null) {
          done = true;
          closeQuietly();
          subscriber.onComplete();
          return;
        }
        demand.decrementAndGet();
        subscriber.onNext(chunk);
      }
    }

    private void fail(Throwable failure) {
      if (!done) {
        done = true;
        closeQuietly();
        subscriber.onError(failure);
      }
    }

    private void closeQuietly() {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // The body is finished or abandoned; a failure to close the file changes nothing.
        }
        in = null;
      }
    }
  }

  private static final class Refused implements Flow.Subscription {
    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  }
}
