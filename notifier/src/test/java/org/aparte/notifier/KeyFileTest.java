package org.aparte.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.aparte.notifier.keys.NotifierKeyFile;
import org.aparte.notifier.keys.NotifierKeyring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
  @TempDir Path directory;

  @Test
  void createsAnOwnerOnlyFileAndReloadsTheSameKey() throws IOException {
    Path file = directory.resolve("keys");
    NotifierKeyring created = NotifierKeyFile.loadOrCreate(file, JobsTable.RANDOM);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(NotifierKeyFile.load(file).current().keyId()).isEqualTo(created.current().keyId());
  }

  @Test
  void rotationAddsACurrentKeyAndKeepsTheOldOne() throws IOException {
    Path file = directory.resolve("keys");
    NotifierKeyring first = NotifierKeyFile.loadOrCreate(file, JobsTable.RANDOM);
    NotifierKeyring rotated = NotifierKeyFile.rotate(file, JobsTable.RANDOM);
    assertThat(rotated.all()).hasSize(2);
    assertThat(rotated.current().keyId()).isNotEqualTo(first.current().keyId());
    assertThat(rotated.find(first.current().keyId())).isPresent();
  }

  @Test
  void refusesAFileOthersCanRead() throws IOException {
    Path file = directory.resolve("keys");
    NotifierKeyFile.loadOrCreate(file, JobsTable.RANDOM);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> NotifierKeyFile.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("chmod 600");
  }
}
