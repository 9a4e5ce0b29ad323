package org.aparte.server.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.crypto.token.IssuerKeySeal;
import org.aparte.crypto.token.IssuerPublicKey;
import org.aparte.protocol.token.IssuerKeyInfo;
import org.aparte.store.Database;
import org.aparte.store.ServerSecrets;
import org.aparte.store.token.IssuerKeyRows;
import org.aparte.store.token.StoredIssuerKey;

/**
 * The issuer's keys, one per epoch, shared by every server instance through the database: keys for
 * the current and the next epoch always exist (whichever instance first needs one creates it; the
 * others load it), and old keys stay until their tokens are no longer accepted. Keys are created
 * lazily on the first token request of an epoch, never at start-up.
 */
public final class IssuerKeyring {
  static final String SEAL_SECRET = "token-issuer-seal";

  private final Database database;
  private final ServerSecrets secrets;
  private final Clock clock;
  private final SecureRandom random;
  private final TokenSettings settings;
  private final Epochs epochs;
  private final Map<Long, IssuerKeyPair> keys = new ConcurrentHashMap<>();

  public IssuerKeyring(
      Database database,
      ServerSecrets secrets,
      Clock clock,
      SecureRandom random,
      TokenSettings settings) {
    this.database = Objects.requireNonNull(database, "database");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.epochs = new Epochs(settings.epochLength(), settings.grace());
  }

  Epochs epochs() {
    return epochs;
  }

  TokenSettings settings() {
    return settings;
  }

  /** The signing key of {@code epoch}, which must be the current or the next one. */
  IssuerKeyPair forIssuing(long epoch) {
    long current = epochs.of(clock.instant());
    if (epoch != current && epoch != current + 1) {
      throw TokenException.unknownEpoch();
    }
    ensure();
    return keys.get(epoch);
  }

  /** The public key a token of {@code epoch} must verify under, if such tokens still book. */
  IssuerPublicKey forRedeeming(long epoch) {
    Instant now = clock.instant();
    long current = epochs.of(now);
    if (epoch > current + 1) {
      throw TokenException.unknownEpoch();
    }
    if (!epochs.acceptedUntil(epoch).isAfter(now)) {
      throw TokenException.expired();
    }
    IssuerKeyPair key = keys.get(epoch);
    if (key == null) {
      reload(epochs.oldestAccepted(now));
      key = keys.get(epoch);
    }
    if (key == null) {
      throw TokenException.unknownEpoch();
    }
    return key.publicKey();
  }

  /** Every key still in use, for {@code GET /v1/tokens/keys}. */
  List<IssuerKeyInfo> published() {
    ensure();
    long oldest = epochs.oldestAccepted(clock.instant());
    List<IssuerKeyInfo> out = new ArrayList<>();
    keys.keySet().stream()
        .filter(epoch -> epoch >= oldest)
        .sorted()
        .forEach(
            epoch ->
                out.add(
                    new IssuerKeyInfo(
                        epoch,
                        keys.get(epoch).publicKey().encoded(),
                        epochs.start(epoch),
                        epochs.end(epoch),
                        epochs.acceptedUntil(epoch))));
    return out;
  }

  /** Makes sure the current and next epochs have keys; forgets keys no token can use any more. */
  synchronized void ensure() {
    Instant now = clock.instant();
    long current = epochs.of(now);
    if (keys.containsKey(current) && keys.containsKey(current + 1)) {
      return;
    }
    long oldest = epochs.oldestAccepted(now);
    reload(oldest);
    for (long epoch = current; epoch <= current + 1; epoch++) {
      if (!keys.containsKey(epoch)) {
        create(epoch, now);
      }
    }
    reload(oldest);
    keys.keySet().removeIf(epoch -> epoch < oldest);
    database.transaction(
        connection -> {
          IssuerKeyRows.deleteBefore(connection, oldest);
          return null;
        });
  }

  private void create(long epoch, Instant now) {
    IssuerKeyPair fresh = IssuerKeyPair.generate(settings.keyBits(), random);
    byte[] sealed = IssuerKeySeal.seal(sealSecret(), epoch, fresh, random);
    var row = new StoredIssuerKey(epoch, fresh.publicKey().encoded(), sealed);
    database.transaction(
        connection -> {
          IssuerKeyRows.insertIfAbsent(connection, row, now);
          return null;
        });
  }

  private synchronized void reload(long fromEpoch) {
    List<StoredIssuerKey> rows =
        database.transaction(connection -> IssuerKeyRows.from(connection, fromEpoch));
    SecretBytes secret = sealSecret();
    for (StoredIssuerKey row : rows) {
      if (!keys.containsKey(row.epoch())) {
        try {
          keys.put(row.epoch(), IssuerKeySeal.open(secret, row.epoch(), row.sealedPrivateKey()));
        } catch (CryptoException broken) {
          throw new IllegalStateException(
              "the issuer key of epoch " + row.epoch() + " does not open: wrong server secret?",
              broken);
        }
      }
    }
  }

  private SecretBytes sealSecret() {
    return secrets.getOrCreate(SEAL_SECRET);
  }
}
