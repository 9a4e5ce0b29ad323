package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.aparte.crypto.SecretBytes;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
  @Test
  void dataSurvivesAStopAndAStart(@TempDir Path root) throws IOException {
    var dataDirectory = new DataDirectory(root);
    SecretBytes before;
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDirectory, 0, 2);
        Database database = Database.open(postgres.config())) {
      before = new ServerSecrets(database, new SecureRandom()).getOrCreate("restart-check");
      // The cluster outlives the process, so it must actually reach the disk.
      assertThat(Sql.column(database, "SHOW fsync")).containsExactly("on");
      assertThat(Sql.column(database, "SHOW synchronous_commit")).containsExactly("on");
      assertThat(postgres.describe()).contains(root.resolve("postgres").toString());
    }
    assertThat(root.resolve("postgres/postmaster.pid")).doesNotExist();

    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDirectory, 0, 2);
        Database database = Database.open(postgres.config())) {
      SecretBytes after =
          new ServerSecrets(database, new SecureRandom()).getOrCreate("restart-check");
      assertThat(after.equalsSecret(before)).isTrue();
    }
    assertThat(root.resolve("postgres/PG_VERSION")).exists();
    assertThat(root.resolve("postgres.log")).exists();
  }

  @Test
  void aClusterStillOwnedByALivePostgresIsRefusedWithAClearMessage(@TempDir Path root)
      throws IOException {
    var dataDirectory = new DataDirectory(root);
    Files.createDirectories(dataDirectory.postgres());
    // Any live pid will do; this JVM's is the one we know is alive.
    long livePid = ProcessHandle.current().pid();
    Files.writeString(dataDirectory.postgres().resolve("postmaster.pid"), livePid + "\n");
    assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, 0, 2))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("still running")
        .hasMessageContaining("kill " + livePid);
  }
}
