package org.aparte.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class StreamingBodiesTest {
  private static final int CHUNK = StreamingBodies.CHUNK_BYTES;

  /** Records what the publisher does; asks for nothing by itself. */
  private static class Recorder implements Flow.Subscriber<ByteBuffer> {
    Flow.Subscription subscription;
    final List<ByteBuffer> chunks = new ArrayList<>();
    boolean completed;
    Throwable error;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(ByteBuffer item) {
      chunks.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
    }

    @Override
    public void onComplete() {
      completed = true;
    }
  }

  /** Counts the bytes read out of it, to show nothing is read ahead of demand. */
  private static final class Counting extends ByteArrayInputStream {
    Counting(int size) {
      super(new byte[size]);
    }

    int consumed() {
      return pos;
    }
  }

  @Test
  void itReadsOnlyWhatIsRequestedThenCompletes() {
    Counting body = new Counting(5 * CHUNK + 7);
    var publisher = new StreamingBodies(() -> body, 5 * CHUNK + 7);
    Recorder recorder = new Recorder();
    publisher.subscribe(recorder);
    assertThat(body.consumed()).isZero();

    recorder.subscription.request(2);
    assertThat(recorder.chunks).hasSize(2);
    assertThat(body.consumed()).isEqualTo(2 * CHUNK);

    recorder.subscription.request(10);
    assertThat(recorder.chunks).hasSize(6);
    assertThat(recorder.chunks.get(5).remaining()).isEqualTo(7);
    assertThat(recorder.completed).isTrue();
    assertThat(publisher.contentLength()).isEqualTo(5 * CHUNK + 7);
  }

  @Test
  void aRequestFromInsideOnNextDoesNotRecurse() {
    var publisher = new StreamingBodies(() -> new ByteArrayInputStream(new byte[300 * CHUNK]), 0);
    List<Integer> depths = new ArrayList<>();
    publisher.subscribe(
        new Recorder() {
          int depth;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            super.onSubscribe(subscription);
            subscription.request(1);
          }

          @Override
          public void onNext(ByteBuffer item) {
            super.onNext(item);
            depths.add(++depth);
            subscription.request(1);
            depth--;
          }
        });
    assertThat(depths).hasSize(300).containsOnly(1);
  }

  @Test
  void aFailingSourceEndsTheBodyWithItsError() {
    IOException broken = new IOException("disk gone");
    var publisher =
        new StreamingBodies(
            () ->
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw broken;
                  }
                },
            10);
    Recorder recorder = new Recorder();
    publisher.subscribe(recorder);
    recorder.subscription.request(1);
    assertThat(recorder.error).isSameAs(broken);
    assertThat(recorder.chunks).isEmpty();
  }

  @Test
  void cancellingClosesTheSourceAndASecondSubscriberIsRefused() {
    boolean[] closed = {false};
    var publisher =
        new StreamingBodies(
            () ->
                new ByteArrayInputStream(new byte[3 * CHUNK]) {
                  @Override
                  public void close() {
                    closed[0] = true;
                  }
                },
            3 * CHUNK);
    Recorder first = new Recorder();
    publisher.subscribe(first);
    first.subscription.request(1);
    first.subscription.cancel();
    first.subscription.request(1);
    assertThat(closed[0]).isTrue();
    assertThat(first.chunks).hasSize(1);

    Recorder second = new Recorder();
    publisher.subscribe(second);
    assertThat(second.error).isInstanceOf(IllegalStateException.class);
  }
}
