package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultsListenOnLoopbackWithAOneMebibyteLimit() {
    var config = ServerConfig.fromEnvironment(Map.of());
    assertThat(config).isEqualTo(ServerConfig.defaults());
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.maxBodyBytes()).isEqualTo(1024 * 1024);
  }

  @Test
  void theEnvironmentOverridesTheDefaults() {
    var config =
        ServerConfig.fromEnvironment(
            Map.of(
                "APARTE_HOST", "0.0.0.0", "APARTE_PORT", "9090", "APARTE_MAX_BODY_BYTES", "4096"));
    assertThat(config).isEqualTo(new ServerConfig("0.0.0.0", 9090, 4096));
  }

  @Test
  void nonsenseIsRefusedNamingTheVariable() {
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("APARTE_PORT", "http")))
        .hasMessageContaining("APARTE_PORT");
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("APARTE_PORT", "4294967376")))
        .hasMessageContaining("APARTE_PORT");
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("APARTE_MAX_BODY_BYTES", "1")))
        .hasMessageContaining("APARTE_MAX_BODY_BYTES");
  }
}
