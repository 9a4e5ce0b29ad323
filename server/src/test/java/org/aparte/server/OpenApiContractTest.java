package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aparte.store.Database;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** openapi.yaml and the routes the real server registers must be the same set. */
class OpenApiContractTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @Test
  void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() throws IOException {
    Set<String> documented = documentedRoutes();
    try (Database database = TestPostgres.openFreshDatabase();
        AparteServer server =
            new ServerWiring(ServerConfig.defaults().withPort(0), database, Clock.systemUTC())
                .server()
                .start()) {
      assertThat(server.registeredRoutes()).isNotEmpty().isEqualTo(documented);
    }
  }

  private static Set<String> documentedRoutes() throws IOException {
    JsonNode document;
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.yaml")) {
      assertThat(in).as("openapi.yaml on the classpath").isNotNull();
      document = new YAMLMapper().readTree(in);
    }
    Set<String> routes = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (METHODS.contains(operation.getKey())) {
          routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    return routes;
  }
}
