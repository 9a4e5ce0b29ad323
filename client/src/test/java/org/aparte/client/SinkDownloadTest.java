package org.aparte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The streaming download ({@link BodySink}) against a real socket: the whole body in order, error
 * answers kept from the sink, a body cut short, and a sink that fails mid-stream (the response is
 * cancelled: the server sees the connection close).
 */
class SinkDownloadTest {
  /** Collects the body; fails with its own exception type on the buffer given, if any. */
  static final class Collecting implements BodySink<SinkRefusal> {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final AtomicInteger accepted = new AtomicInteger();
    final int failOn;
    volatile int completed;

    Collecting(int failOn) {
      this.failOn = failOn;
    }

    @Override
    public void accept(ByteBuffer buffer) throws SinkRefusal {
      if (accepted.incrementAndGet() == failOn) {
        throw new SinkRefusal();
      }
      byte[] copy = new byte[buffer.remaining()];
      buffer.get(copy);
      bytes.writeBytes(copy);
    }

    @Override
    public void complete() {
      completed++;
    }
  }

  static final class SinkRefusal extends Exception {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void theWholeBodyArrivesInOrderThenCompletesOnce() throws Exception {
    byte[] body = new byte[3_000_000];
    new Random(5).nextBytes(body);
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(200, body.length));
              out.write(body);
            })) {
      var sink = new Collecting(0);
      new AnonymousTransport(server.base()).download("blob", Map.of(), sink, SinkRefusal.class);
      assertThat(sink.bytes.toByteArray()).isEqualTo(body);
      assertThat(sink.completed).isEqualTo(1);
    }
  }

  @Test
  void anErrorAnswerBecomesAnApiErrorAndNeverReachesTheSink() throws Exception {
    byte[] json =
        "{\"error\":\"not_found\",\"message\":\"no such document\",\"field\":null}"
            .getBytes(StandardCharsets.UTF_8);
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(404, json.length));
              out.write(json);
            })) {
      var sink = new Collecting(0);
      assertThatThrownBy(
              () ->
                  new AnonymousTransport(server.base())
                      .download("blob", Map.of(), sink, SinkRefusal.class))
          .isInstanceOfSatisfying(
              ApiError.class, error -> assertThat(error.code()).isEqualTo("not_found"));
      assertThat(sink.accepted).hasValue(0);
      assertThat(sink.completed).isZero();
    }
  }

  @Test
  void aBodyShorterThanItsLengthFailsWithoutCompleting() throws Exception {
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(200, 100_000));
              out.write(new byte[40_000]);
            })) {
      var sink = new Collecting(0);
      assertThatThrownBy(
              () ->
                  new AnonymousTransport(server.base())
                      .download("blob", Map.of(), sink, SinkRefusal.class))
          .isInstanceOf(IOException.class);
      assertThat(sink.completed).isZero();
      assertThat(sink.bytes.size()).isLessThanOrEqualTo(40_000);
    }
  }

  @Test
  void aSinkFailureReachesTheCallerTypedAndHangsUp() throws Exception {
    try (var server = new RawHttpServer(RawHttpServer.endless(1L << 34))) {
      var sink = new Collecting(3);
      assertThatThrownBy(
              () ->
                  new AnonymousTransport(server.base())
                      .download("blob", Map.of(), sink, SinkRefusal.class))
          .isInstanceOf(SinkRefusal.class);
      assertThat(server.hungUp().await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(sink.accepted).hasValue(3);
      assertThat(sink.completed).isZero();
    }
  }
}
