package org.aparte.cli.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/**
 * This device's trust in one server's log: the log key is pinned on first use (trust on first use,
 * like SSH) and never replaced silently; every tree head verified is stored, so the next one must
 * extend it.
 */
public final class ProfileLogTrust implements TreeHeadStore {
  public static final String NAME = "log-trust";

  private final Profile profile;
  private final URI server;
  private final LogClient log;

  public ProfileLogTrust(Profile profile, URI server) {
    this.profile = profile;
    this.server = server;
    this.log = new LogClient(new AnonymousTransport(server));
  }

  public LogClient log() {
    return log;
  }

  /** The key directory of this server, with the pinned key (fetched and pinned if none yet). */
  public KeyDirectory keyDirectory() throws IOException, ApiError {
    return new KeyDirectory(log, monitor());
  }

  public LogMonitor monitor() throws IOException, ApiError {
    SigningPublicKey logKey = pinnedKey();
    return new LogMonitor(log, logKey, this, requiredWitness());
  }

  /** From now on, take only heads {@code witness} co-signed. */
  public void requireWitness(SigningPublicKey witness) throws IOException, ApiError {
    pinnedKey();
    profile.write(NAME, read().orElseThrow().withRequiredWitness(witness.encoded()));
  }

  private Optional<SigningPublicKey> requiredWitness() throws IOException {
    Optional<LogTrustFile> file = read();
    if (file.isEmpty() || file.get().requiredWitness() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SigningPublicKey.decode(file.get().requiredWitness()));
    } catch (CryptoException e) {
      throw new UserInputException("the required witness key is unusable: " + e.getMessage());
    }
  }

  /** The log key pinned in this profile (fetched from the server and pinned if none yet). */
  public SigningPublicKey pinnedKey() throws IOException, ApiError {
    Optional<LogTrustFile> file = read();
    byte[] key;
    if (file.isPresent()) {
      key = file.get().logPublicKey();
    } else {
      key = log.publicKey();
      profile.write(NAME, new LogTrustFile(server.toString(), key, null, null, null, null, null));
    }
    try {
      return SigningPublicKey.decode(key);
    } catch (CryptoException e) {
      throw new UserInputException(
          "the pinned transparency log key is unusable: " + e.getMessage());
    }
  }

  private Optional<LogTrustFile> read() throws IOException {
    Optional<LogTrustFile> file = profile.read(NAME, LogTrustFile.class);
    if (file.isPresent() && !server.toString().equals(file.get().server())) {
      throw new UserInputException(
          "this profile pinned the transparency log of "
              + file.get().server()
              + ", not of "
              + server
              + "; use another profile (APARTE_PROFILE) for another server");
    }
    return file;
  }

  @Override
  public Optional<SignedTreeHead> last() {
    try {
      return read()
          .filter(file -> file.treeSize() != null)
          .map(
              file ->
                  new SignedTreeHead(
                      new TreeHead(file.treeSize(), file.rootHash(), file.timestampMillis()),
                      file.signature()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile", e);
    }
  }

  @Override
  public void save(SignedTreeHead head) {
    try {
      profile.write(NAME, read().orElseThrow().withHead(head));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the profile", e);
    }
  }
}
