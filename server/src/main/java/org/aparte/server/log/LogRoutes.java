package org.aparte.server.log;

import io.javalin.http.Context;
import java.util.List;
import java.util.OptionalLong;
import org.aparte.protocol.log.ConsistencyProofResponse;
import org.aparte.protocol.log.InclusionProofResponse;
import org.aparte.protocol.log.LogEntriesResponse;
import org.aparte.server.Route;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.errors.UnavailableException;
import org.aparte.store.log.LogCosignatures;
import org.aparte.store.log.LogStore;
import org.aparte.transparency.LeafIndexOutOfRangeException;
import org.aparte.transparency.NodeId;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeSizeOrderException;

/**
 * The public transparency log (no session): the newest signed tree head, proofs against any
 * published size, and the entries themselves for auditors. Proofs are only served for tree sizes up
 * to the newest published head, so every answer can be checked against a signed root.
 */
public final class LogRoutes {
  private final LogStore store;
  private final LogCosignatures cosignatures;
  private final ProofGenerator proofs;

  public LogRoutes(LogStore store, LogCosignatures cosignatures) {
    this.store = store;
    this.cosignatures = cosignatures;
    this.proofs = new ProofGenerator(store);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/v1/log/tree-head", this::treeHead),
        Route.get("/v1/log/proof/inclusion", this::inclusion),
        Route.get("/v1/log/proof/consistency", this::consistency),
        Route.get("/v1/log/entries", this::entries));
  }

  /**
   * The newest head; with {@code cosignedBy} (a witness's encoded public key, hex), the newest head
   * that witness co-signed, for clients that require its co-signature.
   */
  private void treeHead(Context ctx) {
    String witness = ctx.queryParam("cosignedBy");
    if (witness == null) {
      SignedTreeHead head = published();
      ctx.json(LogWire.treeHead(head, cosignatures.of(head.head().size())));
      return;
    }
    byte[] key = LogParams.hex("cosignedBy", witness, 34);
    LogCosignatures.CosignedHead cosigned =
        cosignatures
            .newestCosignedBy(key)
            .orElseThrow(() -> new NotFoundException("this witness has co-signed no tree head"));
    ctx.json(LogWire.treeHead(cosigned.head(), cosigned.cosignatures()));
  }

  private void inclusion(Context ctx) {
    long published = published().head().size();
    Long sizeParam = LogParams.size(ctx, "treeSize");
    long size = sizeParam == null ? published : sizeParam;
    requirePublished("treeSize", size, published);
    Long index = LogParams.size(ctx, "leafIndex");
    byte[] leafHash = LogParams.hash(ctx, "leafHash");
    if ((index == null) == (leafHash == null)) {
      throw BadRequestException.of("give exactly one of leafIndex and leafHash");
    }
    if (index == null) {
      OptionalLong found = store.indexOf(leafHash, size);
      if (found.isEmpty()) {
        throw new NotFoundException("no such leaf in the tree of that size");
      }
      index = found.getAsLong();
    }
    try {
      List<byte[]> path = proofs.inclusion(index, size);
      byte[] hash = store.hashes(List.of(new NodeId(0, index))).getFirst();
      ctx.json(new InclusionProofResponse(index, size, hash, path));
    } catch (LeafIndexOutOfRangeException e) {
      throw new BadRequestException("leafIndex", "must be below treeSize");
    }
  }

  private void consistency(Context ctx) {
    long published = published().head().size();
    long first = LogParams.required(ctx, "first");
    long second = LogParams.required(ctx, "second");
    requirePublished("second", second, published);
    try {
      ctx.json(new ConsistencyProofResponse(first, second, proofs.consistency(first, second)));
    } catch (TreeSizeOrderException e) {
      throw new BadRequestException("first", "must not exceed second");
    }
  }

  private void entries(Context ctx) {
    long published = published().head().size();
    long start = LogParams.required(ctx, "start");
    Long endParam = LogParams.size(ctx, "end");
    long end = Math.min(endParam == null ? published : endParam, published);
    end = Math.min(end, start + LogEntriesResponse.MAX_PAGE);
    if (start > end) {
      throw new BadRequestException("start", "must not exceed end or the published tree size");
    }
    ctx.json(new LogEntriesResponse(start, store.entries(start, end)));
  }

  private SignedTreeHead published() {
    return store
        .latestHead()
        .orElseThrow(() -> new UnavailableException("the log has not published a tree head yet"));
  }

  private static void requirePublished(String field, long size, long published) {
    if (size > published) {
      throw new BadRequestException(field, "must not exceed the published tree size");
    }
  }
}
