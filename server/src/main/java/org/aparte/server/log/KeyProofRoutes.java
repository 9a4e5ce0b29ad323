package org.aparte.server.log;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.log.KeyHistoryResponse;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.protocol.log.LogPublicKeyResponse;
import org.aparte.server.Route;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.errors.UnavailableException;
import org.aparte.server.practice.Params;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.log.LogStore;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.LeafIndexOutOfRangeException;
import org.aparte.transparency.ProofGenerator;

/** The key directory side of the log: key versions with their proofs, and the log's own key. */
public final class KeyProofRoutes {
  /** Path names of the entry kinds a client may ask about. */
  static final Map<String, EntryKind> KINDS =
      Map.of(
          "account-encryption", EntryKind.ACCOUNT_ENCRYPTION_KEY,
          "account-signing", EntryKind.ACCOUNT_SIGNING_KEY,
          "practice", EntryKind.PRACTICE_KEY,
          "token-issuer", EntryKind.ISSUER_EPOCH_KEY,
          "notifier", EntryKind.NOTIFIER_KEY,
          "support-agent", EntryKind.SUPPORT_AGENT_KEY,
          "support-team", EntryKind.SUPPORT_TEAM_KEY,
          "web-bundle", EntryKind.WEB_BUNDLE);

  private final LogStore store;
  private final KeyDirectoryLog directory;
  private final ProofGenerator proofs;
  private final SigningPublicKey logKey;

  public KeyProofRoutes(LogStore store, KeyDirectoryLog directory, SigningPublicKey logKey) {
    this.store = store;
    this.directory = directory;
    this.proofs = new ProofGenerator(store);
    this.logKey = logKey;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/v1/log/public-key", this::publicKey),
        Route.get("/v1/log/keys/{kind}/{subjectId}", this::keyHistory),
        Route.get("/v1/log/keys/{kind}/{subjectId}/{version}", this::keyProof));
  }

  private void publicKey(Context ctx) {
    ctx.json(new LogPublicKeyResponse(logKey.encoded()));
  }

  private void keyProof(Context ctx) {
    EntryKind kind = kind(ctx);
    UUID subject = Params.uuid("subjectId", ctx.pathParam("subjectId"));
    int version = version(ctx.pathParam("version"));
    long published = publishedSize();
    Long sizeParam = LogParams.size(ctx, "treeSize");
    long size = sizeParam == null ? published : sizeParam;
    if (size > published) {
      throw new BadRequestException("treeSize", "must not exceed the published tree size");
    }
    byte[] leafHash =
        directory
            .leafHash(kind, subject, version)
            .orElseThrow(() -> new NotFoundException("no such key in the log"));
    OptionalLong index = store.indexOf(leafHash, size);
    if (index.isEmpty()) {
      // Queued with the key but not yet under a published head: a client waits for the next one.
      throw new UnavailableException("the key is queued for the log; retry after the next head");
    }
    ctx.json(proofAt(index.getAsLong(), size));
  }

  private void keyHistory(Context ctx) {
    EntryKind kind = kind(ctx);
    UUID subject = Params.uuid("subjectId", ctx.pathParam("subjectId"));
    long size = publishedSize();
    List<KeyProofResponse> versions = new ArrayList<>();
    for (KeyDirectoryLog.LoggedVersion logged : directory.versions(kind, subject)) {
      OptionalLong index = store.indexOf(logged.leafHash(), size);
      if (index.isPresent()) {
        versions.add(proofAt(index.getAsLong(), size));
      }
    }
    ctx.json(new KeyHistoryResponse(size, versions));
  }

  private KeyProofResponse proofAt(long leaf, long size) {
    try {
      byte[] entry = store.entries(leaf, leaf + 1).getFirst();
      return new KeyProofResponse(entry, leaf, size, proofs.inclusion(leaf, size));
    } catch (LeafIndexOutOfRangeException impossible) {
      throw new IllegalStateException("indexOf returned an index outside the tree", impossible);
    }
  }

  private long publishedSize() {
    return store
        .latestHead()
        .orElseThrow(() -> new UnavailableException("the log has not published a tree head yet"))
        .head()
        .size();
  }

  private static EntryKind kind(Context ctx) {
    EntryKind kind = KINDS.get(ctx.pathParam("kind"));
    if (kind == null) {
      throw new BadRequestException("kind", "must be one of " + String.join(", ", KINDS.keySet()));
    }
    return kind;
  }

  private static int version(String text) {
    try {
      int version = Integer.parseInt(text);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // Same answer as out of range.
    }
    throw new BadRequestException("version", "must be a whole number from 1");
  }
}
