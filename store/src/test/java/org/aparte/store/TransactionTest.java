package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest {
  private static Database database;

  @BeforeAll
  static void open() {
    database = TestPostgres.openFreshDatabase();
    database.transaction(
        connection ->
            Sql.update(connection, "CREATE TABLE doctors_on_call (name text PRIMARY KEY)"));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @BeforeEach
  void empty() {
    database.transaction(connection -> Sql.update(connection, "DELETE FROM doctors_on_call"));
  }

  /**
   * Write skew, the textbook case SERIALIZABLE exists for: two transactions each read the table,
   * see nobody on call, and each add a doctor. PostgreSQL aborts one with SQLState 40001; the
   * helper must retry it, and the retry must see the other's row.
   */
  @Test
  void aRealSerializationFailureIsRetried() throws Exception {
    var bothHaveRead = new CountDownLatch(2);
    var attempts = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Integer> alice =
          CompletableFuture.supplyAsync(() -> addIfAlone("alice", bothHaveRead, attempts), threads);
      CompletableFuture<Integer> bob =
          CompletableFuture.supplyAsync(() -> addIfAlone("bob", bothHaveRead, attempts), threads);
      int seenByAlice = alice.get(30, TimeUnit.SECONDS);
      int seenByBob = bob.get(30, TimeUnit.SECONDS);

      assertThat(attempts).hasValue(3);
      // The retried transaction ran after the other committed, so it saw one doctor.
      assertThat(seenByAlice + seenByBob).isEqualTo(1);
      assertThat(Sql.column(database, "SELECT name FROM doctors_on_call"))
          .containsExactlyInAnyOrder("alice", "bob");
    } finally {
      threads.shutdownNow();
    }
  }

  private static int addIfAlone(String name, CountDownLatch bothHaveRead, AtomicInteger attempts) {
    return database.transaction(
        connection -> {
          attempts.incrementAndGet();
          int onCall = Sql.column(connection, "SELECT name FROM doctors_on_call").size();
          bothHaveRead.countDown();
          awaitQuietly(bothHaveRead);
          Sql.update(connection, "INSERT INTO doctors_on_call VALUES ('" + name + "')");
          return onCall;
        });
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void otherSqlErrorsAreNotRetriedAndKeepTheirSqlState() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                database.transaction(
                    connection -> {
                      attempts.incrementAndGet();
                      Sql.update(connection, "INSERT INTO doctors_on_call VALUES ('carol')");
                      return Sql.update(connection, "INSERT INTO doctors_on_call VALUES ('carol')");
                    }))
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"))
        // pgjdbc's DETAIL line would quote the row; the pool is configured to leave it out.
        .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("carol"));
    assertThat(attempts).hasValue(1);
    assertThat(Sql.column(database, "SELECT name FROM doctors_on_call")).isEmpty();
  }

  @Test
  void aRuntimeExceptionRollsBackAndPropagatesUnchanged() {
    var failure = new IllegalStateException("slot already taken");
    assertThatThrownBy(
            () ->
                database.transaction(
                    connection -> {
                      Sql.update(connection, "INSERT INTO doctors_on_call VALUES ('dave')");
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(Sql.column(database, "SELECT name FROM doctors_on_call")).isEmpty();
  }

  @Test
  void retriesStopAfterMaxAttempts() {
    var attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                database.transaction(
                    connection -> {
                      attempts.incrementAndGet();
                      throw new SQLException("could not serialize access", "40001");
                    }))
        .isInstanceOf(TransactionContendedException.class)
        .hasMessageContaining("aborted " + Database.MAX_ATTEMPTS + " times");
    assertThat(attempts).hasValue(Database.MAX_ATTEMPTS);
  }

  @Test
  void theIsolationLevelIsChosenPerTransactionAndResetAfterwards() {
    String chosen =
        database.transaction(
            Isolation.READ_COMMITTED,
            connection -> Sql.column(connection, "SHOW transaction_isolation").get(0));
    String after =
        database.transaction(
            connection -> Sql.column(connection, "SHOW transaction_isolation").get(0));
    org.assertj.core.api.Assertions.assertThat(chosen).isEqualTo("read committed");
    org.assertj.core.api.Assertions.assertThat(after).isEqualTo("serializable");
  }

  @Test
  void eachTransactionRunsAtItsOwnLevelWhateverRanBeforeOnTheConnection() {
    for (int i = 0; i < 20; i++) {
      assertThat(level(Isolation.READ_COMMITTED)).isEqualTo("read committed");
      assertThat(level(Isolation.SERIALIZABLE)).isEqualTo("serializable");
      assertThat(level(Isolation.READ_COMMITTED_ASYNC_COMMIT)).isEqualTo("read committed");
      assertThat(database.transaction(TransactionTest::currentLevel)).isEqualTo("serializable");
    }
  }

  @Test
  void onlyTheAsyncCommitTransactionSkipsWaitingForTheLog() {
    // The test PostgreSQL runs without synchronous commits; the platform's runs with them.
    DatabaseConfig fresh = TestPostgres.freshDatabase();
    DatabaseConfig durable =
        new DatabaseConfig(
            fresh.jdbcUrl() + "?options=-c%20synchronous_commit%3Don",
            fresh.user(),
            fresh.password(),
            fresh.poolSize());
    try (Database synchronous = Database.open(durable)) {
      for (int i = 0; i < 5; i++) {
        assertThat(synchronousCommit(synchronous, Isolation.READ_COMMITTED_ASYNC_COMMIT))
            .isEqualTo("off");
        assertThat(synchronousCommit(synchronous, Isolation.READ_COMMITTED)).isEqualTo("on");
        assertThat(synchronousCommit(synchronous, Isolation.SERIALIZABLE)).isEqualTo("on");
      }
    }
  }

  private static String synchronousCommit(Database on, Isolation isolation) {
    return on.transaction(
        isolation, connection -> Sql.column(connection, "SHOW synchronous_commit").get(0));
  }

  private static String level(Isolation isolation) {
    return database.transaction(isolation, TransactionTest::currentLevel);
  }

  private static String currentLevel(java.sql.Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var row = statement.executeQuery("SHOW transaction_isolation")) {
      row.next();
      return row.getString(1);
    }
  }
}
