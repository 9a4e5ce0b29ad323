package org.aparte.cli.prescription;

import java.io.PrintWriter;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.cli.log.LogTrustFile;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.client.prescription.PrescriptionRejectedException;
import org.aparte.client.prescription.PrescriptionVerifier;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte prescription verify <file|code>}: the pharmacist's offline check. Exit code 0 for
 * an authentic prescription, 1 otherwise, with the failed check named.
 */
@Command(
    name = "verify",
    description =
        "Check a prescription offline: its PDF, an image of its QR code, or the code itself.")
public final class VerifyPrescriptionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<file|code>",
      description = "PDF, image, text or RX1: code")
  String input;

  @Option(
      names = "--log-key",
      description =
          "the transparency log's public key, base64 (default: the key pinned in this profile)")
  String logKey;

  private final Profile profile;

  public VerifyPrescriptionCommand(Profile profile) {
    this.profile = profile;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrescriptionVerifier verifier = new PrescriptionVerifier(logKey());
    String code = CodeInput.read(input);
    try {
      Verdicts.authentic(out, verifier.verify(code));
      return 0;
    } catch (PrescriptionRejectedException rejected) {
      out.println(Verdicts.headline(rejected) + ": " + rejected.getMessage());
      return 1;
    }
  }

  private SigningPublicKey logKey() throws java.io.IOException {
    byte[] encoded;
    if (logKey != null) {
      try {
        encoded = Base64.getDecoder().decode(logKey.strip());
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--log-key: not base64");
      }
    } else {
      encoded =
          profile
              .read(ProfileLogTrust.NAME, LogTrustFile.class)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "no log key pinned in this profile: give --log-key (the log's"
                              + " public key, as GET /v1/log/public-key serves it)"))
              .logPublicKey();
    }
    try {
      return SigningPublicKey.decode(encoded);
    } catch (CryptoException e) {
      throw new UserInputException("the log key is not an Ed25519 public key");
    }
  }
}
