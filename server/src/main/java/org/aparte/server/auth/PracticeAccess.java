package org.aparte.server.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.aparte.server.errors.ForbiddenException;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/** Checks that an account belongs to a practice (and, for member management, is its admin). */
public final class PracticeAccess {
  private final Database database;

  public PracticeAccess(Database database) {
    this.database = database;
  }

  /** The account's role in the practice; a 403 when it is not a member. */
  public PracticeRole requireMember(UUID accountId, UUID practiceId) {
    return roleOf(accountId, practiceId).orElseThrow(ForbiddenException::notAMember);
  }

  /** A 403 unless the account is an admin of the practice. */
  public void requireAdmin(UUID accountId, UUID practiceId) {
    if (requireMember(accountId, practiceId) != PracticeRole.ADMIN) {
      throw ForbiddenException.notAnAdmin();
    }
  }

  public Optional<PracticeRole> roleOf(UUID accountId, UUID practiceId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT role FROM practice_members WHERE practice_id = ? AND account_id = ?")) {
            query.setObject(1, practiceId);
            query.setObject(2, accountId);
            try (ResultSet row = query.executeQuery()) {
              return row.next()
                  ? Optional.of(PracticeRole.valueOf(row.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }
}
