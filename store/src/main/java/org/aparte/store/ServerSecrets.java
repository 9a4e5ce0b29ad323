package org.aparte.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.aparte.crypto.SecretBytes;

/**
 * Random secrets the server creates once and then keeps, shared by every instance: for example the
 * key that derives stable fake KDF salts for logins that do not exist.
 */
public final class ServerSecrets {
  public static final int SECRET_LENGTH = 32;
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final Database database;
  private final SecureRandom random;

  public ServerSecrets(Database database, SecureRandom random) {
    this.database = Objects.requireNonNull(database, "database");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The secret called {@code name}, created on first use; every caller gets the same bytes. */
  public SecretBytes getOrCreate(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("secret names are lowercase words joined by '-'");
    }
    byte[] candidate = new byte[SECRET_LENGTH];
    random.nextBytes(candidate);
    try {
      return database.transaction(
          connection -> {
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO server_secrets (name, secret) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO NOTHING")) {
              insert.setString(1, name);
              insert.setBytes(2, candidate);
              insert.executeUpdate();
            }
            try (PreparedStatement select =
                connection.prepareStatement("SELECT secret FROM server_secrets WHERE name = ?")) {
              select.setString(1, name);
              try (ResultSet row = select.executeQuery()) {
                row.next();
                byte[] stored = row.getBytes(1);
                try {
                  return SecretBytes.copyOf(stored);
                } finally {
                  Arrays.fill(stored, (byte) 0);
                }
              }
            }
          });
    } finally {
      Arrays.fill(candidate, (byte) 0);
    }
  }
}
