package org.aparte.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.aparte.server.ServerConfig;
import org.aparte.store.DataDirectory;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlatformTest {
  private static final ServerConfig ANY_PORT = ServerConfig.defaults().withPort(0);
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void optionsWinOverTheEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env = Map.of("APARTE_PORT", "9000", "APARTE_DATA_DIR", "/srv/aparte");
    var fromEnv = new PlatformMain(env, quietOut());
    new CommandLine(fromEnv).parseArgs();
    assertThat(fromEnv.serverConfig().port()).isEqualTo(9000);
    assertThat(fromEnv.dataDirectory().root()).isEqualTo(Path.of("/srv/aparte"));

    var fromOptions = new PlatformMain(env, quietOut());
    new CommandLine(fromOptions).parseArgs("--port", "0", "--data-dir", "/tmp/x", "--demo");
    assertThat(fromOptions.serverConfig().port()).isZero();
    assertThat(fromOptions.dataDirectory().root()).isEqualTo(Path.of("/tmp/x"));
    assertThat(fromOptions.demo).isTrue();
  }

  @Test
  void theEmbeddedPlatformServesAndKeepsItsDataAcrossRestarts(@TempDir Path root) throws Exception {
    var dataDirectory = new DataDirectory(root);
    try (Platform platform = Platform.start(ANY_PORT, dataDirectory, Map.of(), Clock.systemUTC())) {
      assertThat(health(platform)).isEqualTo(200);
      assertThat(platform.describeDatabase()).startsWith("embedded PostgreSQL");
      assertThat(platform.describeNotifier()).contains("DEVELOPMENT OUTBOX");
      assertThat(get(platform, "/v1/notifier/keys")).contains("\"current\":true");
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  java.nio.file.Files.getPosixFilePermissions(root.resolve("notifier/keys"))))
          .isEqualTo("rw-------");
    }
    assertThat(root.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();

    try (Platform again = Platform.start(ANY_PORT, dataDirectory, Map.of(), Clock.systemUTC())) {
      assertThat(health(again)).isEqualTo(200);
    }
  }

  @Test
  void anExternalDatabaseIsUsedWhenConfigured(@TempDir Path root) throws Exception {
    DatabaseConfig external = TestPostgres.freshDatabase();
    Map<String, String> env =
        Map.of(
            "APARTE_DATABASE_URL", external.jdbcUrl(),
            "APARTE_DATABASE_USER", external.user(),
            "APARTE_NOTIFIER", "external");
    try (Platform platform =
        Platform.start(ANY_PORT, new DataDirectory(root), env, Clock.systemUTC())) {
      assertThat(health(platform)).isEqualTo(200);
      assertThat(platform.describeDatabase()).startsWith("external PostgreSQL");
      assertThat(platform.describeNotifier()).contains("APARTE_NOTIFIER=external");
      assertThat(get(platform, "/v1/notifier/keys")).isEqualTo("{\"keys\":[]}");
    }
    assertThat(root.resolve("postgres")).as("no embedded cluster").doesNotExist();
    assertThat(root.resolve("notifier")).as("no notifier key made").doesNotExist();
  }

  private String get(Platform platform, String path) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(platform.url() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private int health(Platform platform) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(platform.url() + "/v1/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  private static PrintStream quietOut() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
