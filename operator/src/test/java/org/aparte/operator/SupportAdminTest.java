package org.aparte.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The support-admin command's core against PostgreSQL: promotion is logged, removal too. */
class SupportAdminTest {
  private final Database database = TestPostgres.openFreshDatabase();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final SupportAdmin admin =
      new SupportAdmin(
          database,
          new MutableClock(Instant.parse("2026-03-10T10:00:00Z")),
          new PrintStream(printed, true, StandardCharsets.UTF_8));

  @AfterEach
  void close() {
    database.close();
  }

  private void account(String login) {
    database.transaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier,"
                    + " recovery_verifier, key_bundle, recovery_key_bundle, encryption_public_key,"
                    + " signing_public_key, created_at) VALUES ('"
                    + UUID.randomUUID()
                    + "', '"
                    + login
                    + "', 'PATIENT', '\\x01', '\\x01', '\\x01', '\\x01', '\\x01', '\\x0102',"
                    + " '\\x02', now())"));
  }

  private String count(String query) {
    return Sql.column(database, query).getFirst();
  }

  @Test
  void promotesLogsTheAgentKeyAndDemotes() {
    account("agent@example.org");
    assertThat(admin.add("agent@example.org")).isZero();
    assertThat(admin.add("agent@example.org")).isEqualTo(1);
    assertThat(admin.add("nobody@example.org")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM support_agents")).isEqualTo("1");
    assertThat(count("SELECT count(*) FROM log_key_directory WHERE kind = 6")).isEqualTo("1");
    assertThat(count("SELECT count(*) FROM log_pending")).isEqualTo("1");
    assertThat(admin.remove("agent@example.org")).isZero();
    assertThat(admin.remove("agent@example.org")).isEqualTo(1);
    // Re-adding logs a new agent key version rather than reusing the old entry.
    assertThat(admin.add("agent@example.org")).isZero();
    assertThat(count("SELECT max(version) FROM log_key_directory WHERE kind = 6")).isEqualTo("2");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rotate the team key");
  }
}
