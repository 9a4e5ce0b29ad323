package org.aparte.server.practice;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.reference.Specialties;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.wrap.WrappedKey;
import org.aparte.protocol.practice.AddMemberRequest;
import org.aparte.protocol.practice.CreatePracticeRequest;
import org.aparte.protocol.practice.MemberWrap;
import org.aparte.protocol.practice.PracticeKey;
import org.aparte.protocol.practice.PracticeMember;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.RemoveMemberRequest;
import org.aparte.protocol.practice.VersionWrap;
import org.aparte.protocol.practice.VisitTypeView;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.practice.MemberAccount;
import org.aparte.store.practice.PracticeStore;
import org.aparte.store.practice.StoredPractice;

/**
 * Practices, their members and keys ({@link AvailabilityRoutes} has their visit types and hours).
 * The server checks the shapes of keys and wrapped keys (that they parse, and that a wrap is
 * addressed to the right account's key); it never sees a private key.
 */
public final class PracticeRoutes {
  private final PracticeStore store;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;
  private final JsonBodies bodies;
  private final Clock clock;

  public PracticeRoutes(
      PracticeStore store,
      SessionAuthenticator sessions,
      PracticeAccess access,
      JsonBodies bodies,
      Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.access = access;
    this.bodies = bodies;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/v1/practices", this::create),
        Route.get("/v1/practices/mine", this::mine),
        Route.get("/v1/practices/{id}", this::show),
        Route.get("/v1/practices/{id}/keys/mine", this::myKeys),
        Route.get("/v1/practices/{id}/members", this::members),
        Route.post("/v1/practices/{id}/members", this::addMember),
        Route.delete("/v1/practices/{id}/members/{accountId}", this::removeMember));
  }

  private void create(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    CreatePracticeRequest request = bodies.read(ctx, CreatePracticeRequest.class);
    if (Specialties.standard().find(request.profile().specialty()).isEmpty()) {
      throw new BadRequestException("profile.specialty", "is not a known specialty code");
    }
    practiceKey("publicKey", request.publicKey());
    KeyId creatorKey =
        accountKey(account).orElseThrow(() -> new NotFoundException("no such account"));
    checkWrap("wrappedKey", request.wrappedKey(), creatorKey);
    switch (store.create(
        request.practiceId(),
        request.profile(),
        request.publicKey(),
        account,
        request.wrappedKey(),
        clock.instant())) {
      case CREATED -> ctx.status(201);
      case ALREADY_EXISTS ->
          throw new ConflictException("practice_exists", "a practice with this id exists");
      case NO_SUCH_ACCOUNT -> throw new NotFoundException("no such account");
    }
  }

  private void mine(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    ctx.json(store.practicesOf(account));
  }

  private void show(Context ctx) {
    UUID id = Params.pathUuid(ctx, "id");
    StoredPractice practice = existing(id);
    PracticeKey key = store.currentKey(id).orElseThrow(() -> new NotFoundException("no key"));
    List<VisitTypeView> types =
        store.visitTypes(id).stream().map(AvailabilityRoutes::view).toList();
    ctx.json(new PracticeView(id, practice.profile(), key, types));
  }

  private void myKeys(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireMember(account, id);
    ctx.json(store.keysOf(id, account));
  }

  private void members(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireMember(account, id);
    ctx.json(
        store.members(id).stream()
            .map(m -> new PracticeMember(m.accountId(), m.role(), m.encryptionPublicKey()))
            .toList());
  }

  private void addMember(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireAdmin(account, id);
    AddMemberRequest request = bodies.read(ctx, AddMemberRequest.class);
    KeyId memberKey =
        accountKey(request.accountId()).orElseThrow(() -> new NotFoundException("no such account"));
    Map<Integer, byte[]> wraps = new HashMap<>();
    for (int i = 0; i < request.wraps().size(); i++) {
      VersionWrap wrap = request.wraps().get(i);
      checkWrap("wraps[" + i + "].wrappedKey", wrap.wrappedKey(), memberKey);
      if (wraps.put(wrap.version(), wrap.wrappedKey()) != null) {
        throw new BadRequestException("wraps", "must name each key version once");
      }
    }
    switch (store.addMember(id, request.accountId(), request.role(), wraps)) {
      case ADDED -> ctx.status(204);
      case NO_SUCH_ACCOUNT -> throw new NotFoundException("no such account");
      case ALREADY_MEMBER ->
          throw new ConflictException("already_member", "the account is already a member");
      case WRONG_VERSIONS ->
          throw new BadRequestException("wraps", "must cover every key version of the practice");
    }
  }

  private void removeMember(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    UUID removed = Params.pathUuid(ctx, "accountId");
    access.requireAdmin(account, id);
    RemoveMemberRequest request = bodies.read(ctx, RemoveMemberRequest.class);
    practiceKey("newPublicKey", request.newPublicKey());
    Map<UUID, KeyId> memberKeys = new HashMap<>();
    for (MemberAccount member : store.members(id)) {
      memberKeys.put(member.accountId(), keyIdOf(member.encryptionPublicKey()));
    }
    Map<UUID, byte[]> wraps = new HashMap<>();
    for (int i = 0; i < request.wraps().size(); i++) {
      MemberWrap wrap = request.wraps().get(i);
      KeyId expected = memberKeys.get(wrap.accountId());
      if (expected == null || wrap.accountId().equals(removed)) {
        throw new BadRequestException(
            "wraps[" + i + "].accountId", "must be a remaining member of the practice");
      }
      checkWrap("wraps[" + i + "].wrappedKey", wrap.wrappedKey(), expected);
      if (wraps.put(wrap.accountId(), wrap.wrappedKey()) != null) {
        throw new BadRequestException("wraps", "must name each member once");
      }
    }
    switch (store.removeMember(
        id, removed, request.newVersion(), request.newPublicKey(), wraps, clock.instant())) {
      case REMOVED -> ctx.status(204);
      case NOT_A_MEMBER -> throw new NotFoundException("no such member");
      case WRONG_VERSION ->
          throw new ConflictException(
              "stale_key_version", "newVersion must be the current key version plus one");
      case WRONG_RECIPIENTS ->
          throw new BadRequestException("wraps", "must cover every remaining member");
      case LAST_ADMIN ->
          throw new ConflictException("last_admin", "a practice must keep at least one admin");
    }
  }

  // ---------------------------------------------------------------- helpers

  private StoredPractice existing(UUID id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("no such practice"));
  }

  private Optional<KeyId> accountKey(UUID accountId) {
    return store.accountEncryptionKey(accountId).map(PracticeRoutes::keyIdOf);
  }

  private static KeyId keyIdOf(byte[] encoded) {
    try {
      return EncryptionPublicKey.decode(encoded).keyId();
    } catch (CryptoException e) {
      throw new IllegalStateException("an account holds an undecodable public key", e);
    }
  }

  /** A practice public key must decode as X-Wing. */
  private static void practiceKey(String field, byte[] encoded) {
    try {
      if (EncryptionPublicKey.decode(encoded).kind() != KeyKind.X_WING) {
        throw new BadRequestException(field, "must be an X-Wing public key");
      }
    } catch (CryptoException e) {
      throw new BadRequestException(field, "is not a valid public key");
    }
  }

  /** A wrapped key must parse and be addressed to {@code recipient}. */
  private static void checkWrap(String field, byte[] wrapped, KeyId recipient) {
    WrappedKey parsed;
    try {
      parsed = WrappedKey.parse(wrapped);
    } catch (CryptoException e) {
      throw new BadRequestException(field, "is not a valid wrapped key");
    }
    if (!parsed.recipient().equals(recipient)) {
      throw new BadRequestException(field, "is not addressed to the member's key");
    }
  }
}
