package org.aparte.server.account;

import io.javalin.http.Context;
import java.util.UUID;
import org.aparte.protocol.vault.VaultState;
import org.aparte.protocol.vault.VaultWriteRequest;
import org.aparte.protocol.vault.VaultWriteResponse;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.account.VaultStore;

/** The patient's vault: one ciphertext, written with optimistic concurrency. */
final class VaultEndpoints {
  private final VaultStore vaults;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;

  VaultEndpoints(VaultStore vaults, SessionAuthenticator sessions, JsonBodies bodies) {
    this.vaults = vaults;
    this.sessions = sessions;
    this.bodies = bodies;
  }

  /** {@code GET /v1/vault}. */
  void read(Context ctx) {
    UUID accountId = sessions.requireAccount(ctx);
    VaultState state =
        vaults
            .read(accountId)
            .map(stored -> new VaultState(stored.version(), stored.ciphertext()))
            .orElseGet(() -> new VaultState(0, null));
    ctx.json(state);
  }

  /** {@code PUT /v1/vault}: 409 {@code vault_conflict} when another device wrote first. */
  void write(Context ctx) {
    UUID accountId = sessions.requireAccount(ctx);
    VaultWriteRequest request = bodies.read(ctx, VaultWriteRequest.class);
    WireShapes.record("ciphertext", request.ciphertext(), WireShapes.VAULT);
    VaultStore.Write write =
        vaults.write(accountId, request.expectedVersion(), request.ciphertext());
    if (!write.written()) {
      throw new ConflictException(
          "vault_conflict",
          "another device wrote the vault first; its version is now " + write.version());
    }
    ctx.json(new VaultWriteResponse(write.version()));
  }
}
