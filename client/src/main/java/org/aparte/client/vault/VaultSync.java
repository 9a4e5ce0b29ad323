package org.aparte.client.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.Ids;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.protocol.Json;
import org.aparte.protocol.vault.VaultState;
import org.aparte.protocol.vault.VaultWriteRequest;
import org.aparte.protocol.vault.VaultWriteResponse;

/**
 * Reads and changes the vault: a {@link VaultDocument} as JSON in a {@code vault} record under the
 * account's vault key, with record id the account id's 16 bytes followed by the version it is
 * stored as (8 bytes, big-endian), so that the server cannot serve an old copy as a newer version;
 * a version older than one this session has seen is refused ({@link VaultHistory}). Vaults written
 * before the version was bound (record id: the account id alone) are still read. A change is a
 * function of the current document: {@link #update} reads, applies it, and writes with the version
 * it read; when another device wrote first (409 {@code vault_conflict}) it reads again and applies
 * the function again to the newer document, so concurrent edits from two devices are never lost.
 */
public final class VaultSync {
  public static final RecordType RECORD_TYPE = RecordType.of("vault");

  /** Gives up after this many conflicts in a row (a device stuck in a loop, not a race). */
  static final int MAX_ATTEMPTS = 10;

  private static final ObjectMapper JSON = Json.mapper();

  private final ApiTransport transport;
  private final UUID accountId;
  private final SecretBytes vaultKey;
  private final SecureRandom random;
  private final VaultHistory history;

  public VaultSync(
      ApiTransport transport,
      UUID accountId,
      SecretBytes vaultKey,
      SecureRandom random,
      VaultHistory history) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.vaultKey = Objects.requireNonNull(vaultKey, "vaultKey");
    this.random = Objects.requireNonNull(random, "random");
    this.history = Objects.requireNonNull(history, "history");
  }

  /** The vault's record id when stored as {@code version}: account id (16) || version (u64). */
  public static byte[] recordId(UUID accountId, long version) {
    return ByteBuffer.allocate(24).put(Ids.bytes(accountId)).putLong(version).array();
  }

  /** The current document (empty before the first write). */
  public VaultDocument read() throws IOException, ApiError, CryptoException {
    return fetch().document();
  }

  /**
   * Applies {@code change} to the current document and stores the result, retrying on conflict.
   * {@code change} may run more than once, each time on a newer document, so it must be a pure
   * function of its argument.
   *
   * @return the document as stored
   */
  public VaultDocument update(UnaryOperator<VaultDocument> change)
      throws IOException, ApiError, CryptoException {
    for (int attempt = 1; ; attempt++) {
      Snapshot current = fetch();
      VaultDocument next = Objects.requireNonNull(change.apply(current.document()), "change");
      try {
        transport.call(
            "PUT",
            "/v1/vault",
            new VaultWriteRequest(current.version(), seal(next, current.version() + 1)),
            VaultWriteResponse.class);
        history.saw(current.version() + 1, true);
        return next;
      } catch (ApiError e) {
        if (!"vault_conflict".equals(e.code()) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private record Snapshot(long version, VaultDocument document) {}

  private Snapshot fetch() throws IOException, ApiError, CryptoException {
    long floor = history.floor();
    VaultState state = transport.call("GET", "/v1/vault", null, VaultState.class);
    VaultHistory.check(state.version(), floor);
    if (state.version() == 0) {
      return new Snapshot(0, VaultDocument.empty());
    }
    byte[] plaintext = open(state);
    try {
      return new Snapshot(state.version(), JSON.readValue(plaintext, VaultDocument.class));
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private byte[] open(VaultState state) throws CryptoException {
    byte[] bound = recordId(accountId, state.version());
    try {
      byte[] plaintext = RecordCipher.open(vaultKey, RECORD_TYPE, bound, state.ciphertext());
      history.saw(state.version(), true);
      return plaintext;
    } catch (DecryptionFailedException e) {
      if (!history.acceptsUnbound()) {
        throw e;
      }
      byte[] plaintext =
          RecordCipher.open(vaultKey, RECORD_TYPE, Ids.bytes(accountId), state.ciphertext());
      history.saw(state.version(), false);
      return plaintext;
    }
  }

  private byte[] seal(VaultDocument document, long version) throws IOException {
    byte[] plaintext = JSON.writeValueAsBytes(document);
    try {
      return RecordCipher.seal(
          vaultKey, RECORD_TYPE, recordId(accountId, version), plaintext, random);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }
}
