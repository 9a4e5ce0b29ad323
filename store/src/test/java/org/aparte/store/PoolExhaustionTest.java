package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class PoolExhaustionTest {
  @Test
  void aTransactionThatFindsNoFreeConnectionFailsAsBusyAndTheNextOneSucceeds() throws Exception {
    DatabaseConfig fresh = TestPostgres.freshDatabase();
    var smallestPool =
        new DatabaseConfig(
            fresh.jdbcUrl(), fresh.user(), fresh.password(), DatabaseConfig.MIN_POOL_SIZE);
    try (Database database = Database.open(smallestPool, Duration.ofMillis(250));
        var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      var holding = new CountDownLatch(DatabaseConfig.MIN_POOL_SIZE);
      var release = new CountDownLatch(1);
      var holders = new ArrayList<CompletableFuture<Integer>>();
      for (int i = 0; i < DatabaseConfig.MIN_POOL_SIZE; i++) {
        holders.add(
            CompletableFuture.supplyAsync(
                () ->
                    database.transaction(
                        connection -> {
                          holding.countDown();
                          await(release);
                          return 1;
                        }),
                threads));
      }
      assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> database.transaction(connection -> 2))
          .isInstanceOf(DatabaseBusyException.class)
          .hasMessage("no database connection became free in time");

      release.countDown();
      for (var holder : holders) {
        assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      }
      Integer afterwards = database.transaction(connection -> 3);
      assertThat(afterwards).isEqualTo(3);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
