package org.aparte.notifier.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;

/**
 * The notifier's private keys on disk: one line per key, newest (current) last, each the base64 of
 * the key's versioned private encoding ({@code 0x01 || kind || 32-byte seed}). The file is created
 * 0600 and refused when anyone but its owner may read it. Rotation appends a key; older ones stay
 * until no job is sealed to them (docs/operations.md).
 */
public final class NotifierKeyFile {
  private static final String HEADER = "# aparte notifier keys v1: oldest first, current last";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private NotifierKeyFile() {}

  /** Loads the keys, creating the file with one fresh key when it does not exist. */
  public static NotifierKeyring loadOrCreate(Path file, SecureRandom random) throws IOException {
    if (!Files.exists(file)) {
      write(file, List.of(EncryptionKeyPair.generate(KeyKind.X_WING, random)));
    }
    return load(file);
  }

  /** Adds a fresh current key, keeping the older ones. */
  public static NotifierKeyring rotate(Path file, SecureRandom random) throws IOException {
    List<EncryptionKeyPair> keys = new ArrayList<>(load(file).all());
    keys.add(EncryptionKeyPair.generate(KeyKind.X_WING, random));
    write(file, keys);
    return load(file);
  }

  public static NotifierKeyring load(Path file) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY.containsAll(permissions)) {
      throw new IOException("notifier key file must be readable by its owner only (chmod 600)");
    }
    List<EncryptionKeyPair> keys = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      byte[] encoded;
      try {
        encoded = Base64.getDecoder().decode(line.strip());
      } catch (IllegalArgumentException e) {
        throw new IOException("notifier key file: a line is not base64");
      }
      SecretBytes secret = SecretBytes.copyOf(encoded);
      Arrays.fill(encoded, (byte) 0);
      try {
        keys.add(EncryptionKeyPair.decodePrivate(secret));
      } catch (CryptoException e) {
        throw new IOException("notifier key file: a line is not a private key");
      } finally {
        secret.destroy();
      }
    }
    if (keys.isEmpty()) {
      throw new IOException("notifier key file holds no key");
    }
    return new NotifierKeyring(keys);
  }

  private static void write(Path file, List<EncryptionKeyPair> keys) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary =
        Files.createTempFile(
            directory, ".notifier-keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (EncryptionKeyPair key : keys) {
      byte[] encoded = key.encodePrivate().revealCopy();
      text.append(Base64.getEncoder().encodeToString(encoded)).append('\n');
      Arrays.fill(encoded, (byte) 0);
    }
    Files.writeString(temporary, text, StandardCharsets.US_ASCII);
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
