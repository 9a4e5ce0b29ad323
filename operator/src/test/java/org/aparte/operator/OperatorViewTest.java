package org.aparte.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class OperatorViewTest {
  private final OperatorView view = new OperatorView(Classification.bundled());

  private static Connection connect(DatabaseConfig config) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", config.user());
    return DriverManager.getConnection(config.jdbcUrl(), properties);
  }

  private static DatabaseConfig migrated() {
    DatabaseConfig config = TestPostgres.freshDatabase();
    Database.open(config).close();
    return config;
  }

  @Test
  void everyColumnOfTheCurrentSchemaIsClassifiedAndNoEntryIsStale() throws Exception {
    try (Connection connection = connect(migrated())) {
      ViewReport report = view.inspect(connection);
      assertThat(report.unclassified()).isEmpty();
      assertThat(report.staleEntries()).isEmpty();
      assertThat(report.passes()).isTrue();
      assertThat(report.tables()).extracting(TableReport::table).contains("bookings", "vaults");
    }
  }

  @Test
  void aNewColumnNobodyClassifiedFailsTheView() throws Exception {
    DatabaseConfig config = migrated();
    try (Database database = Database.open(config)) {
      database.transaction(c -> Sql.update(c, "ALTER TABLE bookings ADD COLUMN patient_name text"));
    }
    try (Connection connection = connect(config)) {
      ViewReport report = view.inspect(connection);
      assertThat(report.unclassified()).containsExactly("bookings.patient_name");
      assertThat(report.passes()).isFalse();
      var printed = new ByteArrayOutputStream();
      ReportPrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("patient_name             text                       UNCLASSIFIED")
          .contains("unclassified: bookings.patient_name")
          .endsWith("FAILED" + System.lineSeparator());
    }
  }

  @Test
  void plaintextWhereCiphertextBelongsFailsItsCheckWithoutQuotingIt() throws Exception {
    DatabaseConfig config = migrated();
    try (Database database = Database.open(config)) {
      database.transaction(
          c ->
              Sql.update(
                  c,
                  "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier,"
                      + " recovery_verifier, key_bundle, recovery_key_bundle,"
                      + " encryption_public_key, signing_public_key, created_at) VALUES"
                      + " (gen_random_uuid(), 'a@example.org', 'PATIENT', '\\x00', '\\x00',"
                      + " '\\x00', convert_to('Jeanne Canary, born 1917', 'UTF8'), '\\x00',"
                      + " '\\x00', '\\x00', now())"));
    }
    try (Connection connection = connect(config)) {
      ViewReport report = view.inspect(connection);
      assertThat(report.failedChecks())
          .containsExactlyInAnyOrder(
              "accounts.kdf_setup",
              "accounts.auth_verifier",
              "accounts.recovery_verifier",
              "accounts.key_bundle",
              "accounts.recovery_key_bundle",
              "accounts.encryption_public_key",
              "accounts.signing_public_key");
      var printed = new ByteArrayOutputStream();
      ReportPrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("1 of 1 values FAIL record:key-bundle")
          .doesNotContain("Canary");
    }
  }

  @Test
  void aClassificationLineWithAnUnknownClassOrCheckIsRefused() {
    assertThatThrownBy(() -> parse("bookings.id | secretish | - | why"))
        .hasMessageContaining("unknown column class 'secretish'");
    assertThatThrownBy(() -> parse("bookings.id | hash | md5 | why"))
        .hasMessageContaining("unknown value check 'md5'");
    assertThatThrownBy(() -> parse("bookings.id | hash"))
        .hasMessageContaining("line 1: 4 fields expected");
  }

  private static Classification parse(String text) throws Exception {
    return Classification.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
