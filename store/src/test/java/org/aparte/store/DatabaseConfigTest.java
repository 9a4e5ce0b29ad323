package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
  @Test
  void noUrlMeansNoExternalDatabase() {
    assertThat(DatabaseConfig.external(Map.of())).isEmpty();
    assertThat(DatabaseConfig.external(Map.of("APARTE_DATABASE_URL", "  "))).isEmpty();
  }

  @Test
  void urlUserAndPasswordSelectAnExternalDatabase() {
    var config =
        DatabaseConfig.external(
                Map.of(
                    "APARTE_DATABASE_URL", "jdbc:postgresql://db.internal:5432/aparte",
                    "APARTE_DATABASE_USER", "aparte",
                    "APARTE_DATABASE_PASSWORD", "hunter2",
                    "APARTE_DATABASE_POOL_SIZE", "25"))
            .orElseThrow();
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/aparte");
    assertThat(config.user()).isEqualTo("aparte");
    assertThat(config.password()).isEqualTo("hunter2");
    assertThat(config.poolSize()).isEqualTo(25);
    assertThat(config.toString()).doesNotContain("hunter2");
  }

  @Test
  void printedFormsDropTheQueryStringWhereCredentialsMayHide() {
    var config =
        new DatabaseConfig("jdbc:postgresql://db/aparte?user=u&password=hunter2", "", "", 10);
    assertThat(config.describe()).isEqualTo("jdbc:postgresql://db/aparte");
    assertThat(config.toString()).doesNotContain("hunter2");
    assertThat(new ExternalDatabase(config).describe()).doesNotContain("hunter2");
  }

  @Test
  void invalidSettingsAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(
            () -> DatabaseConfig.external(Map.of("APARTE_DATABASE_URL", "mysql://secret-host")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APARTE_DATABASE_URL")
        .hasMessageNotContaining("secret-host");
    assertThatThrownBy(
            () ->
                DatabaseConfig.external(
                    Map.of(
                        "APARTE_DATABASE_URL",
                        "jdbc:postgresql://db/x",
                        "APARTE_DATABASE_POOL_SIZE",
                        "many")))
        .hasMessageContaining("APARTE_DATABASE_POOL_SIZE");
    assertThatThrownBy(() -> new DatabaseConfig("jdbc:postgresql://db/x", "", "", 0))
        .hasMessageContaining("between 2 and");
  }

  @Test
  void dataDirectoryDefaultsToDataAndHoldsThePostgresCluster() {
    var fallback = DataDirectory.fromEnvironment(Map.of());
    assertThat(fallback.root()).isEqualTo(Path.of("data").toAbsolutePath());
    var configured = DataDirectory.fromEnvironment(Map.of("APARTE_DATA_DIR", "/srv/aparte"));
    assertThat(configured.postgres()).isEqualTo(Path.of("/srv/aparte/postgres"));
    assertThat(configured.postgresLog()).isEqualTo(Path.of("/srv/aparte/postgres.log"));
  }

  @Test
  void embeddedPortMustBeAPort() {
    assertThatThrownBy(
            () ->
                DatabaseServer.fromEnvironment(
                    Map.of("APARTE_EMBEDDED_POSTGRES_PORT", "70000"),
                    new DataDirectory(Path.of("/nonexistent"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APARTE_EMBEDDED_POSTGRES_PORT");
  }
}
