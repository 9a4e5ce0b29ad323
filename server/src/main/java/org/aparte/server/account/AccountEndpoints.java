package org.aparte.server.account;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.aparte.protocol.account.AccountKeysResponse;
import org.aparte.protocol.account.DeleteAccountRequest;
import org.aparte.protocol.account.KdfSetupResponse;
import org.aparte.protocol.account.LoginId;
import org.aparte.protocol.account.PasswordChangeRequest;
import org.aparte.protocol.account.RegisterRequest;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.RateLimiter;
import org.aparte.store.account.AccountStore;
import org.aparte.store.account.StoredAccount;

/** Registration, KDF setups, public-key lookup, password change and account deletion. */
final class AccountEndpoints {
  private final AccountStore accounts;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;
  private final FakeKdfSetups fakeSetups;
  private final Clock clock;
  private final RateLimiter keyLookups;

  AccountEndpoints(
      AccountStore accounts,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      FakeKdfSetups fakeSetups,
      Clock clock,
      RateLimiter keyLookups) {
    this.keyLookups = keyLookups;
    this.accounts = accounts;
    this.sessions = sessions;
    this.bodies = bodies;
    this.fakeSetups = fakeSetups;
    this.clock = clock;
  }

  /** {@code POST /v1/accounts}. */
  void register(Context ctx) {
    RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
    WireShapes.kdfSetup("kdfSetup", request.kdfSetup());
    WireShapes.record("keyBundle", request.keyBundle(), WireShapes.KEY_BUNDLE);
    WireShapes.record("recoveryKeyBundle", request.recoveryKeyBundle(), WireShapes.KEY_BUNDLE);
    WireShapes.encryptionKey("encryptionPublicKey", request.encryptionPublicKey());
    WireShapes.signingKey("signingPublicKey", request.signingPublicKey());
    var signatures = KeyEntrySignatures.verified(request);
    var account =
        new StoredAccount(
            request.accountId(),
            request.login(),
            request.role().name(),
            request.kdfSetup(),
            Credentials.verifierOf(request.authKey()),
            Credentials.verifierOf(request.recoveryAuthKey()),
            request.keyBundle(),
            request.recoveryKeyBundle(),
            request.encryptionPublicKey(),
            request.signingPublicKey());
    switch (accounts.create(account, signatures, clock.instant())) {
      case CREATED -> ctx.status(201);
      case LOGIN_TAKEN ->
          throw new ConflictException("login_taken", "an account with this login already exists");
      case ACCOUNT_EXISTS ->
          throw new ConflictException("account_exists", "an account with this id already exists");
    }
  }

  /** {@code GET /v1/accounts/kdf-setup?login=}: real or a stable fake, indistinguishable. */
  void kdfSetup(Context ctx) {
    String login = LoginId.normalize("login", ctx.queryParam("login"));
    byte[] setup = accounts.kdfSetup(login).orElseGet(() -> fakeSetups.forLogin(login));
    ctx.json(new KdfSetupResponse(setup));
  }

  /** {@code GET /v1/accounts/keys?login=}: for logged-in users adding a practice member. */
  void keys(Context ctx) {
    UUID caller = sessions.requireAccount(ctx);
    String login = LoginId.normalize("login", ctx.queryParam("login"));
    RateLimiter.Decision decision = keyLookups.acquire(caller.toString());
    if (!decision.allowed()) {
      throw new RateLimitedException(decision.retryAfter());
    }
    StoredAccount account =
        accounts
            .findByLogin(login)
            .orElseThrow(() -> new NotFoundException("no account has this login"));
    ctx.json(
        new AccountKeysResponse(
            account.id(), account.encryptionPublicKey(), account.signingPublicKey()));
  }

  /** {@code PUT /v1/accounts/me/password}: same keys, new wrapping; other sessions end. */
  void changePassword(Context ctx) {
    var accountId = sessions.requireAccount(ctx);
    PasswordChangeRequest request = bodies.read(ctx, PasswordChangeRequest.class);
    WireShapes.kdfSetup("newKdfSetup", request.newKdfSetup());
    WireShapes.record("newKeyBundle", request.newKeyBundle(), WireShapes.KEY_BUNDLE);
    StoredAccount account =
        accounts.findById(accountId).orElseThrow(InvalidCredentialsException::new);
    if (!Credentials.matches(request.authKey(), account.authVerifier())) {
      throw new InvalidCredentialsException();
    }
    byte[] keep =
        SessionAuthenticator.bearerToken(ctx).map(SessionAuthenticator::tokenHash).orElse(null);
    boolean replaced =
        accounts.replacePassword(
            accountId,
            AccountStore.PasswordProof.password(account.authVerifier()),
            request.newKdfSetup(),
            Credentials.verifierOf(request.newAuthKey()),
            request.newKeyBundle(),
            keep);
    if (!replaced) {
      throw new ConflictException(
          "password_changed", "the password was changed meanwhile; log in again");
    }
    ctx.status(204);
  }

  /** {@code DELETE /v1/accounts/me}: erases the account and, by cascade, everything it owns. */
  void delete(Context ctx) {
    var accountId = sessions.requireAccount(ctx);
    DeleteAccountRequest request = bodies.read(ctx, DeleteAccountRequest.class);
    StoredAccount account =
        accounts.findById(accountId).orElseThrow(InvalidCredentialsException::new);
    if (!Credentials.matches(request.authKey(), account.authVerifier())
        || !accounts.delete(accountId, account.authVerifier())) {
      throw new InvalidCredentialsException();
    }
    ctx.status(204);
  }
}
