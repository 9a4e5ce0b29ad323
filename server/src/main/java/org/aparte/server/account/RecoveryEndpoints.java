package org.aparte.server.account;

import io.javalin.http.Context;
import java.util.Optional;
import org.aparte.protocol.account.RecoveryBundleRequest;
import org.aparte.protocol.account.RecoveryBundleResponse;
import org.aparte.protocol.account.RecoveryResetRequest;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.account.AccountStore;
import org.aparte.store.account.StoredAccount;

/**
 * Recovery with the code shown at sign-up: fetch the recovery copy of the key bundle, then set a
 * new password. Rate-limited like logins; every session ends on reset.
 */
final class RecoveryEndpoints {
  private final AccountStore accounts;
  private final LoginThrottle throttle;
  private final JsonBodies bodies;

  RecoveryEndpoints(AccountStore accounts, LoginThrottle throttle, JsonBodies bodies) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.bodies = bodies;
  }

  /** {@code POST /v1/recovery/bundle}. */
  void bundle(Context ctx) {
    RecoveryBundleRequest request = bodies.read(ctx, RecoveryBundleRequest.class);
    StoredAccount account = check(ctx, request.login(), request.recoveryAuthKey());
    ctx.json(new RecoveryBundleResponse(account.id(), account.recoveryKeyBundle()));
  }

  /** {@code POST /v1/recovery/reset}. */
  void reset(Context ctx) {
    RecoveryResetRequest request = bodies.read(ctx, RecoveryResetRequest.class);
    WireShapes.kdfSetup("newKdfSetup", request.newKdfSetup());
    WireShapes.record("newKeyBundle", request.newKeyBundle(), WireShapes.KEY_BUNDLE);
    StoredAccount account = check(ctx, request.login(), request.recoveryAuthKey());
    boolean replaced =
        accounts.replacePassword(
            account.id(),
            AccountStore.PasswordProof.recoveryCode(account.recoveryVerifier()),
            request.newKdfSetup(),
            Credentials.verifierOf(request.newAuthKey()),
            request.newKeyBundle(),
            null);
    if (!replaced) {
      throw new ConflictException("password_changed", "the account changed meanwhile; retry");
    }
    ctx.status(204);
  }

  private StoredAccount check(Context ctx, String login, byte[] recoveryAuthKey) {
    throttle.attempt(login, ctx.ip());
    Optional<StoredAccount> found = accounts.findByLogin(login);
    byte[] verifier = found.map(StoredAccount::recoveryVerifier).orElse(null);
    if (!Credentials.matches(recoveryAuthKey, verifier)) {
      throw new InvalidCredentialsException();
    }
    return found.orElseThrow(InvalidCredentialsException::new);
  }
}
