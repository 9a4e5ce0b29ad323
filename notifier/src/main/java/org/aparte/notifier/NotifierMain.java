package org.aparte.notifier;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.aparte.notifier.keys.NotifierKeyFile;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;

/**
 * {@code ./aparte notifier [run | rotate-key | key-id]}: the reminder sender as its own process. It
 * connects with its own database role ({@code APARTE_DATABASE_URL}, {@code _USER}, {@code
 * _PASSWORD} of a login that is a member of {@code aparte_notifier}) and never migrates the schema.
 * Keys: {@code APARTE_NOTIFIER_KEY_FILE} (default {@code ./notifier-keys}, created 0600).
 */
public final class NotifierMain {
  private NotifierMain() {}

  public static void main(String[] args) throws Exception {
    try {
      dispatch(args);
    } catch (IllegalArgumentException | IOException e) {
      // Configuration and key-file problems: one clear line, not a stack trace.
      System.err.println("aparte notifier: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void dispatch(String[] args) throws IOException, InterruptedException {
    Map<String, String> env = System.getenv();
    String command = args.length == 0 ? "run" : args[0];
    Path keyFile = Path.of(env.getOrDefault("APARTE_NOTIFIER_KEY_FILE", "notifier-keys"));
    SecureRandom random = new SecureRandom();
    switch (command) {
      case "run" -> run(env, keyFile, random);
      case "rotate-key" -> {
        NotifierKeyring keys = NotifierKeyFile.rotate(keyFile, random);
        System.out.println("new current key " + keys.current().keyId() + "; restart to publish");
      }
      case "key-id" ->
          System.out.println(NotifierKeyFile.loadOrCreate(keyFile, random).current().keyId());
      default -> {
        System.err.println("usage: ./aparte notifier [run | rotate-key | key-id]");
        System.exit(2);
      }
    }
  }

  private static void run(Map<String, String> env, Path keyFile, SecureRandom random)
      throws IOException, InterruptedException {
    DatabaseConfig config =
        DatabaseConfig.external(env)
            .orElseThrow(
                () -> new IllegalArgumentException("set APARTE_DATABASE_URL (the notifier role)"));
    NotifierSettings settings = settings(env);
    NotifierKeyring keys = NotifierKeyFile.loadOrCreate(keyFile, random);
    Clock clock = Clock.systemUTC();
    try (Database database = Database.connectWithoutMigrating(config)) {
      KeyPublisher.publish(database, keys, clock);
      int workers =
          NotifierPool.workers(
              env, Math.min(NotifierPool.MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
      NotifierPool.WorkerFactory worker =
          () ->
              new Notifier(
                  database,
                  new JobOpener(keys),
                  Senders.fromEnvironment(env, Optional.empty()),
                  clock,
                  settings);
      NotifierPool loop = NotifierPool.start(workers, worker, settings);
      System.out.println(
          "aparte notifier: key "
              + keys.current().keyId()
              + ", "
              + workers
              + " workers, "
              + Senders.describe(env, Optional.empty()));
      CountDownLatch closed = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    loop.close();
                    closed.countDown();
                  }));
      closed.await();
    }
  }

  /**
   * {@code APARTE_NOTIFIER_LEASE_SECONDS}, {@code _POLL_MILLIS}, {@code _BATCH}: tests shorten
   * them.
   */
  static NotifierSettings settings(Map<String, String> env) {
    NotifierSettings settings = NotifierSettings.DEFAULT;
    String lease = env.get("APARTE_NOTIFIER_LEASE_SECONDS");
    if (lease != null) {
      settings = settings.withLease(Duration.ofSeconds(Long.parseLong(lease)));
    }
    String poll = env.get("APARTE_NOTIFIER_POLL_MILLIS");
    if (poll != null) {
      settings = settings.withPollInterval(Duration.ofMillis(Long.parseLong(poll)));
    }
    String batch = env.get("APARTE_NOTIFIER_BATCH");
    if (batch != null) {
      settings = settings.withBatchSize(Integer.parseInt(batch));
    }
    return settings;
  }
}
