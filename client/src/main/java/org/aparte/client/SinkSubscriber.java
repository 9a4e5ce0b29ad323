package org.aparte.client;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Hands each buffer of a response to a {@link BodySink} inside {@code onNext} and asks for the next
 * list only after the sink has taken this one, so at most one list of the client's buffers is in
 * flight whatever the body's size. The first failure (the sink's, or the connection's) cancels the
 * response and completes the body exceptionally; the sink's own failure is kept for the caller to
 * rethrow with its type (the HTTP client wraps whatever it is in an {@code IOException}).
 */
final class SinkSubscriber implements HttpResponse.BodySubscriber<Void> {
  private final BodySink<?> sink;
  private final CompletableFuture<Void> body = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private volatile Exception sinkFailure;
  private boolean done;

  SinkSubscriber(BodySink<?> sink) {
    this.sink = sink;
  }

  @Override
  public CompletionStage<Void> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    if (this.subscription != null) {
      subscription.cancel();
      return;
    }
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (done) {
      return;
    }
    try {
      for (ByteBuffer buffer : buffers) {
        sink.accept(buffer);
      }
    } catch (Exception e) {
      done = true;
      sinkFailure = e;
      subscription.cancel();
      body.completeExceptionally(e);
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    if (!done) {
      done = true;
      body.completeExceptionally(failure);
    }
  }

  @Override
  public void onComplete() {
    if (done) {
      return;
    }
    done = true;
    try {
      sink.complete();
      body.complete(null);
    } catch (Exception e) {
      sinkFailure = e;
      body.completeExceptionally(e);
    }
  }

  /** The sink's own failure, if it threw; null otherwise. */
  Exception sinkFailure() {
    return sinkFailure;
  }
}
