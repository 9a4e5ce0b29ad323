package org.aparte.cli.log;

import java.util.Base64;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte trust-witness KEY}: from now on this device takes only tree heads that witness
 * co-signed, so the server cannot show it a history the witness did not see.
 */
@Command(
    name = "trust-witness",
    description =
        "Require a witness's co-signature on every tree head this device accepts (its public key,"
            + " base64, as printed by 'aparte witness --print-key').")
public final class TrustWitnessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KEY", description = "the witness's Ed25519 public key, base64")
  String key;

  @Override
  public Integer call() throws Exception {
    SigningPublicKey witness;
    try {
      witness = SigningPublicKey.decode(Base64.getDecoder().decode(key.strip()));
    } catch (IllegalArgumentException | CryptoException e) {
      throw new UserInputException("KEY must be a witness's Ed25519 public key in base64");
    }
    var device = new ProfileContextSource(new Profile(Profile.defaultDirectory()));
    ProfileLogTrust trust = new ProfileLogTrust(device.profile(), device.server());
    trust.requireWitness(witness);
    trust.monitor().refresh();
    spec.commandLine()
        .getOut()
        .println("from now on this device takes only tree heads this witness co-signed");
    return 0;
  }
}
