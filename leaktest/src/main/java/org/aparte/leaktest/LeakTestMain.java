package org.aparte.leaktest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aparte.client.account.AccountOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./aparte leak-test}: the canary leak test, on a scratch platform. */
@Command(
    name = "aparte leak-test",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the platform (java -jar aparte.jar) on a scratch data directory, runs every flow",
      "with unique canary strings as names, birth dates, phone numbers, reasons and notes, stops it,",
      "then searches the database dump, every file of the data directory (tables, WAL, PostgreSQL",
      "log), the server log and every HTTP response for each canary in UTF-8, UTF-16, hex, base64",
      "and URL encoding. Exits with 1 on any hit, naming the canary, the file or response and the",
      "byte offset."
    })
public final class LeakTestMain implements Callable<Integer> {
  @Option(
      names = "--platform-jar",
      paramLabel = "JAR",
      description = "The platform jar to test (default: platform/target/aparte.jar).")
  Path platformJar = Path.of("platform", "target", "aparte.jar");

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Where the data, logs, dump and reports go (default: a new temporary directory).")
  Path workDir;

  @Option(
      names = "--cheap-kdf",
      description = "Cheap Argon2 costs for the test accounts (faster; the search is the same).")
  boolean cheapKdf;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LeakTestMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path work = workDir == null ? Files.createTempDirectory("aparte-leak-test-") : workDir;
    AccountOptions options =
        cheapKdf ? AccountOptions.insecureForTests() : AccountOptions.defaults();
    LeakReport report =
        LeakRun.run(new LeakRun.Settings(platformJar.toAbsolutePath(), work, options, System.out));
    report.print(System.out);
    System.out.println("evidence kept in " + work);
    return report.passes() ? 0 : 1;
  }
}
