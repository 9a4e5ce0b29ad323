package org.aparte.operator;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.EmbeddedDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./aparte support-admin add-agent|remove-agent LOGIN | list-agents}. */
@Command(
    name = "aparte support-admin",
    mixinStandardHelpOptions = true,
    description = {
      "Manages the support team: promotes an existing account to support agent, demotes one,",
      "or lists them. Uses APARTE_DATABASE_URL if set, else the deployment's embedded database."
    })
public final class SupportAdminMain implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "ACTION",
      description = "add-agent, remove-agent, list-agents")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "LOGIN", description = "the agent's login")
  String login;

  private final Map<String, String> env;

  SupportAdminMain(Map<String, String> env) {
    this.env = env;
  }

  public static void main(String[] args) {
    int exitCode =
        new CommandLine(new SupportAdminMain(System.getenv()))
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  commandLine.getErr().println("aparte support-admin: " + e.getMessage());
                  return 2;
                })
            .execute(args);
    System.exit(exitCode);
  }

  @Override
  public Integer call() throws Exception {
    if (!action.equals("list-agents") && login == null) {
      throw new IllegalArgumentException(action + " needs a LOGIN");
    }
    EmbeddedDatabase startedHere = null;
    DatabaseConfig config = DatabaseConfig.external(env).orElse(null);
    if (config == null) {
      DataDirectory data = DataDirectory.fromEnvironment(env);
      Optional<Integer> port = LiveDatabase.runningPort(data.postgres());
      if (port.isPresent()) {
        config = LiveDatabase.embeddedConfig(port.get());
      } else {
        requireCluster(data);
        startedHere = EmbeddedDatabase.start(data, 0, 2);
        config = startedHere.config();
      }
    }
    try (Database database = Database.open(config)) {
      var admin = new SupportAdmin(database, Clock.systemUTC(), System.out);
      return switch (action) {
        case "add-agent" -> admin.add(login);
        case "remove-agent" -> admin.remove(login);
        case "list-agents" -> admin.list();
        default -> throw new IllegalArgumentException("unknown action " + action);
      };
    } finally {
      if (startedHere != null) {
        startedHere.close();
      }
    }
  }

  private static void requireCluster(DataDirectory data) throws IOException {
    if (!Files.isDirectory(data.postgres().resolve("base"))) {
      throw new IOException("no Aparté database in " + data.postgres());
    }
  }
}
