package org.aparte.server.log;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.log.CosignatureRequest;
import org.aparte.server.Route;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.ForbiddenException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.log.LogCosignatures;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHeadSignatureException;
import org.aparte.transparency.Witness;

/**
 * Where witnesses hand in co-signatures (no session: a witness is identified by its key). Only the
 * witnesses the operator configured are kept, and only co-signatures that verify over a head the
 * log published: the server stores them for clients to fetch, it vouches for nothing.
 */
public final class WitnessRoutes {
  private final LogCosignatures cosignatures;
  private final Set<SigningPublicKey> witnesses;
  private final JsonBodies bodies;

  public WitnessRoutes(
      LogCosignatures cosignatures, Set<SigningPublicKey> witnesses, JsonBodies bodies) {
    this.cosignatures = cosignatures;
    this.witnesses = Set.copyOf(witnesses);
    this.bodies = bodies;
  }

  public List<Route> routes() {
    return List.of(Route.post("/v1/log/cosignatures", this::cosign));
  }

  private void cosign(Context ctx) {
    CosignatureRequest request = bodies.read(ctx, CosignatureRequest.class);
    SigningPublicKey witness;
    try {
      witness = SigningPublicKey.decode(request.witnessPublicKey());
    } catch (CryptoException e) {
      throw new BadRequestException("witnessPublicKey", "must be an Ed25519 public key");
    }
    if (!witnesses.contains(witness)) {
      throw new ForbiddenException("not_a_witness", "this server does not accept that witness");
    }
    SignedTreeHead head =
        cosignatures
            .head(request.treeSize())
            .orElseThrow(() -> new NotFoundException("no tree head of that size was published"));
    try {
      Witness.verifyCosignature(witness, head.head(), request.cosignature());
    } catch (TreeHeadSignatureException invalid) {
      throw new BadRequestException("cosignature", "must be this witness's co-signature of it");
    }
    cosignatures.add(request.treeSize(), request.witnessPublicKey(), request.cosignature());
    ctx.status(204);
  }
}
