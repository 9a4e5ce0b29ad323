package org.aparte.platform.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo logins and passwords, kept in {@code demo-credentials.txt} in the data directory (mode
 * 0600) so that a second {@code --demo} run can print them again. Demo-only: these accounts guard
 * invented data on a local demo and must never be used for anything real.
 *
 * @param password the demo practitioner's and the demo patient's password
 * @param ownerPassword the password of the extra accounts that own most demo practices
 * @param complete whether seeding finished (a file without it is from an interrupted run)
 */
public record DemoCredentials(String password, String ownerPassword, boolean complete) {
  public static final String FILE_NAME = "demo-credentials.txt";
  public static final String PRACTITIONER = "praticien@demo.aparte.test";
  public static final String PATIENT = "patient@demo.aparte.test";

  private static final String PASSWORD_KEY = "password=";
  private static final String OWNER_KEY = "owner-password=";
  private static final String COMPLETE = "seeding=complete";
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  /** The login of the {@code index}-th owner account (1-based). */
  public static String owner(int index) {
    return "gestion-" + index + "@demo.aparte.test";
  }

  /** Fresh random passwords, not yet complete. */
  public static DemoCredentials generate(SecureRandom random) {
    return new DemoCredentials(password(random), password(random), false);
  }

  /** Four groups of five characters (about 100 bits), easy to read and to type. */
  static String password(SecureRandom random) {
    var out = new StringBuilder("demo");
    for (int group = 0; group < 4; group++) {
      out.append('-');
      for (int i = 0; i < 5; i++) {
        out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return out.toString();
  }

  public DemoCredentials completed() {
    return new DemoCredentials(password, ownerPassword, true);
  }

  public static Path file(Path dataDirectory) {
    return dataDirectory.resolve(FILE_NAME);
  }

  /** The credentials stored in {@code dataDirectory}, if any. */
  public static Optional<DemoCredentials> read(Path dataDirectory) throws IOException {
    Path file = file(dataDirectory);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String password = null;
    String ownerPassword = null;
    boolean complete = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.startsWith(PASSWORD_KEY)) {
        password = trimmed.substring(PASSWORD_KEY.length());
      } else if (trimmed.startsWith(OWNER_KEY)) {
        ownerPassword = trimmed.substring(OWNER_KEY.length());
      } else if (trimmed.equals(COMPLETE)) {
        complete = true;
      }
    }
    if (password == null || password.isEmpty() || ownerPassword == null) {
      throw new IOException(file + " is not a demo credentials file; move it away to seed again");
    }
    return Optional.of(new DemoCredentials(password, ownerPassword, complete));
  }

  /** Writes the file with mode 0600 from the start (then an atomic move over the old one). */
  public void write(Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory);
    List<String> lines = new ArrayList<>();
    lines.add("# Aparté DEMO credentials - demo data only, never for real patients or practices.");
    lines.add("# Written by ./aparte run --demo; delete the data directory to start afresh.");
    lines.add("# Demo practitioner: " + PRACTITIONER + " (admin of the vaccination centre and");
    lines.add("#   a few other practices). Demo patient: " + PATIENT + ". Both use 'password'.");
    lines.add("# The " + owner(1) + ", " + owner(2) + "... accounts own the other");
    lines.add("#   demo practices; they use 'owner-password'.");
    lines.add(PASSWORD_KEY + password);
    lines.add(OWNER_KEY + ownerPassword);
    if (complete) {
      lines.add(COMPLETE);
    }
    Path target = file(dataDirectory);
    Path temporary = dataDirectory.resolve(FILE_NAME + ".tmp");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temporary);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("could not create " + temporary, e);
    }
    Files.write(temporary, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    Files.move(
        temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String toString() {
    return "DemoCredentials[complete=" + complete + ", passwords redacted]";
  }
}
