package org.aparte.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.Notifier;
import org.aparte.notifier.NotifierPool;
import org.aparte.notifier.NotifierSettings;
import org.aparte.notifier.Senders;
import org.aparte.notifier.keys.NotifierKeyFile;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;

/**
 * The notifier inside {@code ./aparte run}: a convenience for development and small installs, in
 * the same process as the server (so not a separate trust domain; docs/operations.md shows how to
 * run it apart). Its key lives in {@code <data>/notifier/keys}; without SMTP settings, e-mail and
 * SMS go to the development outbox {@code <data>/dev-outbox/}.
 */
record EmbeddedNotifier(NotifierPool pool, String description) {
  static final String APART = "none in this process (APARTE_NOTIFIER=external: ./aparte notifier)";

  /** {@code APARTE_NOTIFIER=external}: a notifier runs elsewhere; start none here. */
  static boolean runsApart(Map<String, String> env) {
    return "external".equals(env.get("APARTE_NOTIFIER"));
  }

  static EmbeddedNotifier start(
      Database database, DataDirectory dataDirectory, Map<String, String> env, Clock clock)
      throws IOException {
    Path keyFile = dataDirectory.root().resolve("notifier").resolve("keys");
    NotifierKeyring keys = NotifierKeyFile.loadOrCreate(keyFile, new SecureRandom());
    KeyPublisher.publish(database, keys, clock);
    Optional<Path> outbox = Optional.of(dataDirectory.root());
    // One worker unless asked: this notifier shares its process with the server.
    int workers = NotifierPool.workers(env, 1);
    NotifierPool.WorkerFactory worker =
        () ->
            new Notifier(
                database,
                new JobOpener(keys),
                Senders.fromEnvironment(env, outbox),
                clock,
                NotifierSettings.DEFAULT);
    String description = Senders.describe(env, outbox);
    String smtpHost = env.get("APARTE_SMTP_HOST");
    if (smtpHost == null || smtpHost.isBlank()) {
      description += " -> " + dataDirectory.root().resolve("dev-outbox") + " (DEVELOPMENT OUTBOX)";
    }
    if (workers > 1) {
      description += ", " + workers + " workers";
    }
    return new EmbeddedNotifier(
        NotifierPool.start(workers, worker, NotifierSettings.DEFAULT), description);
  }
}
