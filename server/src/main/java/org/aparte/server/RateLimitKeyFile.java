package org.aparte.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.aparte.crypto.SecretBytes;
import org.aparte.store.RateLimitKey;

/**
 * The rate-limit key on disk, outside the database on purpose (a key in {@code server_secrets}
 * would be in every dump next to the buckets it hides): {@code APARTE_RATE_LIMIT_KEY_FILE}, else a
 * default path the caller gives (the platform's data directory). One base64 line of {@link
 * RateLimitKey#LENGTH} bytes; created 0600 on first start and refused when anyone but its owner may
 * read it. Every server that shares a database must be given the same file to share counts.
 */
public final class RateLimitKeyFile {
  public static final String FILE_ENV = "APARTE_RATE_LIMIT_KEY_FILE";
  private static final String HEADER =
      "# aparte rate-limit key v1 (HMAC-SHA-256); keep apart from DB";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private RateLimitKeyFile() {}

  /** The file named by the environment, else {@code defaultFile}. */
  public static Path location(Map<String, String> env, Path defaultFile) {
    String configured = env.getOrDefault(FILE_ENV, "").strip();
    return configured.isEmpty() ? defaultFile : Path.of(configured);
  }

  /** Loads the key, creating the file with a fresh key when it does not exist. */
  public static RateLimitKey loadOrCreate(Path file, SecureRandom random) throws IOException {
    if (!Files.exists(file)) {
      create(file, random);
    }
    return load(file);
  }

  public static RateLimitKey load(Path file) throws IOException {
    if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
      throw new IOException("rate-limit key file must be readable by its owner only (chmod 600)");
    }
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(line.strip());
      } catch (IllegalArgumentException e) {
        throw new IOException("rate-limit key file: the key line is not base64");
      }
      try {
        if (raw.length != RateLimitKey.LENGTH) {
          throw new IOException(
              "rate-limit key file: the key must be " + RateLimitKey.LENGTH + " bytes");
        }
        return RateLimitKey.of(SecretBytes.copyOf(raw));
      } finally {
        Arrays.fill(raw, (byte) 0);
      }
    }
    throw new IOException("rate-limit key file holds no key");
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary =
        Files.createTempFile(
            directory, ".rate-limit-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    byte[] raw = new byte[RateLimitKey.LENGTH];
    random.nextBytes(raw);
    try {
      Files.writeString(
          temporary,
          HEADER + "\n" + Base64.getEncoder().encodeToString(raw) + "\n",
          StandardCharsets.US_ASCII);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
    // A hard link never replaces: a server that created the file at the same moment wins, and
    // both then load its key.
    try {
      Files.createLink(file, temporary);
    } catch (FileAlreadyExistsException raced) {
      // Keep theirs.
    } finally {
      Files.delete(temporary);
    }
  }
}
