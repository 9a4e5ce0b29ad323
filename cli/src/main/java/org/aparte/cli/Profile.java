package org.aparte.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.aparte.protocol.Json;

/**
 * This device's state: one directory (mode 0700) of JSON files. It holds public data, session
 * tokens and ciphertext only; private keys are stored encrypted exactly as on the server. Writes
 * are atomic (write to a temporary file, then rename), so a crash never leaves half a file.
 */
public final class Profile {
  private static final ObjectMapper JSON = Json.mapper();
  private final Path directory;

  public Profile(Path directory) {
    this.directory = directory;
  }

  public static Path defaultDirectory() {
    String configured = System.getenv("APARTE_PROFILE");
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".aparte");
  }

  public Path directory() {
    return directory;
  }

  public <T> Optional<T> read(String name, Class<T> type) throws IOException {
    Path file = directory.resolve(name + ".json");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(file.toFile(), type));
  }

  public void write(String name, Object value) throws IOException {
    ensureDirectory();
    Path file = directory.resolve(name + ".json");
    Path temporary = directory.resolve(name + ".json.tmp");
    Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    // Durable before it replaces the old file: a witness must not forget what it co-signed.
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public void delete(String name) throws IOException {
    Files.deleteIfExists(directory.resolve(name + ".json"));
  }

  private void ensureDirectory() throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      try {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException notPosix) {
        // Not a POSIX file system: rely on the user's home directory permissions.
      }
    }
  }
}
