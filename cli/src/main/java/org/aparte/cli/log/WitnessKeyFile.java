package org.aparte.cli.log;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Optional;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.SigningKeyPair;

/**
 * {@code witness-key.json} in the witness's state directory (mode 0700): its Ed25519 private key,
 * made on first use. Losing it only means configuring a new witness key on the server.
 */
record WitnessKeyFile(byte[] privateKey) {
  static final String NAME = "witness-key";

  /** The witness's key pair, made and saved if the directory has none yet. */
  static SigningKeyPair loadOrCreate(Profile state) throws IOException {
    Optional<WitnessKeyFile> file = state.read(NAME, WitnessKeyFile.class);
    if (file.isEmpty()) {
      SigningKeyPair fresh = SigningKeyPair.generate(new SecureRandom());
      SecretBytes encoded = fresh.encodePrivate();
      try {
        state.write(NAME, new WitnessKeyFile(encoded.revealCopy()));
      } finally {
        encoded.destroy();
      }
      return fresh;
    }
    try {
      return SigningKeyPair.decodePrivate(SecretBytes.copyOf(file.get().privateKey()));
    } catch (CryptoException e) {
      throw new UserInputException("the witness key in " + state.directory() + " is unusable");
    }
  }

  @Override
  public String toString() {
    return "WitnessKeyFile[REDACTED]";
  }
}
