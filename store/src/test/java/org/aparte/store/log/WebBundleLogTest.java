package org.aparte.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.store.Database;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.WebBundleStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebBundleLogTest {
  private static final WebBundleStatement FIRST = WebBundleStatement.ofHex("11".repeat(32));
  private static final WebBundleStatement SECOND = WebBundleStatement.ofHex("22".repeat(32));

  private final Database database = TestPostgres.openFreshDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2031-03-01T09:00:00Z"));
  private final KeyDirectoryLog directory = new KeyDirectoryLog(database);

  @AfterEach
  void close() {
    database.close();
  }

  private int log(WebBundleStatement statement) {
    return database.transaction(c -> WebBundleLog.logIfNew(c, statement, clock.instant()));
  }

  @Test
  void aBundleIsLoggedOnceAndANewOneGetsTheNextVersion() throws Exception {
    assertThat(log(FIRST)).isEqualTo(1);
    assertThat(log(FIRST)).as("restart, same bundle, still queued").isEqualTo(1);
    new LogSequencer(
            database, SigningKeyPair.generate(new SecureRandom()), clock, 100, Duration.ZERO)
        .sequenceOnce();
    assertThat(log(FIRST)).as("restart, same bundle, sequenced").isEqualTo(1);
    assertThat(log(SECOND)).isEqualTo(2);
    assertThat(log(FIRST)).as("rolled back to the first bundle: logged again").isEqualTo(3);
    assertThat(directory.versions(EntryKind.WEB_BUNDLE, EntryKind.WEB_BUNDLE_SUBJECT))
        .extracting(KeyDirectoryLog.LoggedVersion::version)
        .containsExactly(1, 2, 3);
  }

  @Test
  void theEntryIsAKeyEntryCarryingTheStatement() throws Exception {
    log(SECOND);
    new LogSequencer(
            database, SigningKeyPair.generate(new SecureRandom()), clock, 100, Duration.ZERO)
        .sequenceOnce();
    byte[] entry = new LogStore(database).entries(0, 1).getFirst();
    KeyEntry decoded = KeyEntry.decode(entry);
    assertThat(decoded.kind()).isEqualTo(EntryKind.WEB_BUNDLE);
    assertThat(decoded.subjectId()).isEqualTo(EntryKind.WEB_BUNDLE_SUBJECT);
    assertThat(decoded.keyVersion()).isEqualTo(1);
    assertThat(WebBundleStatement.decode(decoded.publicKey())).isEqualTo(SECOND);
  }
}
