package org.aparte.operator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aparte.store.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./aparte operator-view}: what the operator of a deployment holds, checked. */
@Command(
    name = "aparte operator-view",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every table and column of a deployment's database, how each is classified",
      "(public, operational, hash, ciphertext, server-secret), row counts, and checks that every",
      "value of every ciphertext, hash and key column has the expected Aparté format.",
      "Exits with 1 when a column is unclassified or a value fails its check.",
      "Uses APARTE_DATABASE_URL if set, else the embedded database in the data directory."
    })
public final class OperatorViewMain implements Callable<Integer> {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The deployment's data directory (default: APARTE_DATA_DIR, else ./data).")
  Path dataDir;

  private final Map<String, String> env;
  private final PrintStream out;

  OperatorViewMain(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  public static void main(String[] args) {
    int exitCode =
        new CommandLine(new OperatorViewMain(System.getenv(), System.out))
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  commandLine.getErr().println("aparte operator-view: " + e.getMessage());
                  return 2;
                })
            .execute(args);
    System.exit(exitCode);
  }

  @Override
  public Integer call() throws Exception {
    DataDirectory dataDirectory =
        dataDir == null ? DataDirectory.fromEnvironment(env) : new DataDirectory(dataDir);
    try (LiveDatabase database = LiveDatabase.open(env, dataDirectory)) {
      out.println("Operator view of " + database.description());
      out.println();
      ViewReport report = new OperatorView(Classification.bundled()).inspect(database.connection());
      ReportPrinter.print(report, out);
      return report.passes() ? 0 : 1;
    }
  }
}
