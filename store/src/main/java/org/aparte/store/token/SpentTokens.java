package org.aparte.store.token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** SQL of {@code spent_tokens}. */
public final class SpentTokens {
  private SpentTokens() {}

  /**
   * Records a token as spent. A concurrent transaction spending the same nonce waits on the primary
   * key and then finds it taken, so exactly one spender wins, across any number of servers.
   *
   * @return false if the token was already spent
   */
  public static boolean spend(Connection connection, byte[] nonceHash, long epoch)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO spent_tokens (nonce_hash, epoch) VALUES (?, ?)"
                + " ON CONFLICT (nonce_hash) DO NOTHING")) {
      insert.setBytes(1, nonceHash);
      insert.setLong(2, epoch);
      return insert.executeUpdate() == 1;
    }
  }
}
