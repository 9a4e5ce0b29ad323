package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class MigrationsTest {
  @Test
  void migrationsCreateThePlatformTablesOnceAndOnlyOnce() {
    DatabaseConfig config = TestPostgres.freshDatabase();
    try (Database first = Database.open(config)) {
      assertThat(
              Sql.column(
                  first,
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
          .contains("server_secrets", "rate_limit_buckets", "accounts", "bookings", "slot_claims");
    }
    // Opening again (a restart, or a second server) finds the schema current and changes nothing.
    try (Database second = Database.open(config)) {
      assertThat(
              Sql.column(
                  second,
                  "SELECT version || ':' || success FROM flyway_schema_history"
                      + " WHERE version IS NOT NULL ORDER BY installed_rank"))
          .startsWith("1:true", "2:true")
          .allMatch(row -> row.endsWith(":true"))
          .doesNotHaveDuplicates();
    }
  }
}
