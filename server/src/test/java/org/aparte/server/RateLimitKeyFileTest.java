package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.aparte.store.Database;
import org.aparte.store.RateLimitKey;
import org.aparte.store.RateLimiter;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitKeyFileTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void createdOnceOwnerOnlyAndTheSameKeyAfterwards(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("keys/rate-limit-key");
    RateLimitKey first = RateLimitKeyFile.loadOrCreate(file, RANDOM);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String written = Files.readString(file, StandardCharsets.US_ASCII);
    RateLimitKeyFile.loadOrCreate(file, RANDOM);
    assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(written);
    assertThat(first.toString()).doesNotContain(written.lines().skip(1).findFirst().orElseThrow());
    try (var directory = Files.list(file.getParent())) {
      assertThat(directory).as("no temporary file left").hasSize(1);
    }
  }

  @Test
  void twoServersGivenTheSameFileShareBuckets(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rate-limit-key");
    var clock = new MutableClock(Instant.parse("2030-03-01T10:00:00Z"));
    var shared = TestPostgres.freshDatabase();
    try (Database a = Database.open(shared);
        Database b = Database.open(shared)) {
      var onA =
          new RateLimiter(
              a,
              RateLimitKeyFile.loadOrCreate(file, RANDOM),
              clock,
              "login",
              1,
              Duration.ofHours(1));
      var onB =
          new RateLimiter(
              b,
              RateLimitKeyFile.loadOrCreate(file, RANDOM),
              clock,
              "login",
              1,
              Duration.ofHours(1));
      var elsewhere =
          new RateLimiter(
              b,
              RateLimitKeyFile.loadOrCreate(dir.resolve("other-key"), RANDOM),
              clock,
              "login",
              1,
              Duration.ofHours(1));
      assertThat(onA.acquire("198.51.100.4").allowed()).isTrue();
      assertThat(onB.acquire("198.51.100.4").allowed()).as("same file, same bucket").isFalse();
      assertThat(elsewhere.acquire("198.51.100.4").allowed()).as("another key").isTrue();
    }
  }

  @Test
  void refusesAReadableShortOrMissingKey(@TempDir Path dir) throws IOException {
    Path open = dir.resolve("open");
    Files.writeString(open, "# x\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> RateLimitKeyFile.load(open)).hasMessageContaining("chmod 600");

    Path shortKey = dir.resolve("short");
    Files.writeString(shortKey, "AAAAAAAAAAAAAAAAAAAAAA==\n");
    Files.setPosixFilePermissions(shortKey, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> RateLimitKeyFile.load(shortKey)).hasMessageContaining("32 bytes");

    Path empty = dir.resolve("empty");
    Files.writeString(empty, "# nothing\n");
    Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> RateLimitKeyFile.load(empty)).hasMessageContaining("no key");
  }

  @Test
  void theEnvironmentNamesTheFile(@TempDir Path dir) {
    Path fallback = dir.resolve("default");
    assertThat(RateLimitKeyFile.location(Map.of(), fallback)).isEqualTo(fallback);
    assertThat(
            RateLimitKeyFile.location(
                Map.of(RateLimitKeyFile.FILE_ENV, "/run/secrets/aparte-rate-limit"), fallback))
        .isEqualTo(Path.of("/run/secrets/aparte-rate-limit"));
  }
}
