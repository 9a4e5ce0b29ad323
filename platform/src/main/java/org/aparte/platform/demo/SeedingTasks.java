package org.aparte.platform.demo;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.aparte.client.ApiError;

/** Waits for a seeding task and rethrows its failure as the API or I/O error it was. */
final class SeedingTasks {
  private SeedingTasks() {}

  static <T> T await(Future<T> future) throws IOException, ApiError {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while seeding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApiError apiError) {
        throw apiError;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("seeding a practice failed", cause);
    }
  }
}
