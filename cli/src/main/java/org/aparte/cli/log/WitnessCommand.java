package org.aparte.cli.log;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.log.WitnessRunner;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.transparency.TransparencyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte witness}: a separate process, ideally run by someone other than the operator, that
 * co-signs the log's tree heads, each only after checking it extends the last one it co-signed. It
 * stops (exit code 4) the first time the log shows it another history.
 */
@Command(
    name = "witness",
    description =
        "Co-sign the transparency log's tree heads, each only if it extends the last one this"
            + " witness co-signed.")
public final class WitnessCommand implements Callable<Integer> {
  static final int FORK_SEEN = 4;

  @Spec CommandSpec spec;

  @Option(names = "--server", description = "the server (default: APARTE_SERVER or local)")
  String server;

  @Option(
      names = "--state",
      description =
          "the witness's directory: its key, the log key, the last head it co-signed"
              + " (default: ~/.aparte/witness)")
  String state;

  @Option(names = "--once", description = "one round, then exit")
  boolean once;

  @Option(names = "--every", defaultValue = "5", description = "seconds between rounds")
  int everySeconds;

  @Option(names = "--print-key", description = "print this witness's public key and exit")
  boolean printKey;

  @Override
  public Integer call() throws Exception {
    if (everySeconds < 1) {
      throw new UserInputException("--every must be at least 1 second");
    }
    PrintWriter out = spec.commandLine().getOut();
    Profile profile =
        new Profile(state != null ? Path.of(state) : Profile.defaultDirectory().resolve("witness"));
    SigningKeyPair key = WitnessKeyFile.loadOrCreate(profile);
    String publicKey = Base64.getEncoder().encodeToString(key.publicKey().encoded());
    if (printKey) {
      out.println(publicKey);
      out.flush();
      return 0;
    }
    ProfileLogTrust trust = new ProfileLogTrust(profile, AuditCommand.base(server));
    WitnessRunner runner =
        new WitnessRunner(trust.log(), key, trust.pinnedKey(), trust.last(), trust::save);
    out.println("witness " + publicKey + " (the server must list it in APARTE_LOG_WITNESSES)");
    out.flush();
    while (true) {
      try {
        if (runner.round() == WitnessRunner.Outcome.COSIGNED) {
          out.println(
              "co-signed the tree head of size " + runner.last().orElseThrow().head().size());
          out.flush();
        }
      } catch (TransparencyException refused) {
        spec.commandLine()
            .getErr()
            .println(
                "aparte: REFUSED to co-sign: the log's newest tree head does not extend the one this"
                    + " witness co-signed ("
                    + refused.getMessage()
                    + "); the log was forked or rolled back");
        return FORK_SEEN;
      }
      if (once) {
        return 0;
      }
      Thread.sleep(everySeconds * 1000L);
    }
  }
}
