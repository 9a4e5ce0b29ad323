package org.aparte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

  record Sample(String server, int count) {}

  @Test
  void writesAndReadsBackAtomically(@TempDir Path home) throws Exception {
    Profile profile = new Profile(home.resolve("profile"));
    profile.write("device", new Sample("https://example.test", 3));
    assertThat(profile.read("device", Sample.class))
        .contains(new Sample("https://example.test", 3));
    assertThat(Files.exists(home.resolve("profile/device.json.tmp"))).isFalse();
  }

  @Test
  void theDirectoryIsPrivate(@TempDir Path home) throws Exception {
    Profile profile = new Profile(home.resolve("profile"));
    profile.write("device", Map.of("a", 1));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profile.directory())))
        .isEqualTo("rwx------");
  }

  @Test
  void missingFilesAreEmpty(@TempDir Path home) throws Exception {
    assertThat(new Profile(home).read("nothing", Sample.class)).isEmpty();
  }

  @Test
  void helpRuns() {
    assertThat(AparteCli.run("--help")).isZero();
    assertThat(AparteCli.run("no-such-command")).isNotZero();
  }
}
