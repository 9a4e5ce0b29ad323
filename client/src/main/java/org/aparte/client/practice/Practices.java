package org.aparte.client.practice;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.practice.AddMemberRequest;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.CreatePracticeRequest;
import org.aparte.protocol.practice.MemberKey;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MemberWrap;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeMember;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.RemoveMemberRequest;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.RulesRequest;
import org.aparte.protocol.practice.ScheduleView;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.SlotsResponse;
import org.aparte.protocol.practice.VersionWrap;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.search.SearchResponse;

/**
 * Practices from the client side: creating one (its key pair is made here), reading its keys,
 * managing members with key rotation, its availability, and public slot listings and search.
 *
 * <p>A practice key version's private key (the 32-byte X-Wing seed) is HPKE-wrapped to each member
 * with purpose {@code practice-key} and record id {@code practiceId (16 bytes) || version (4 bytes,
 * big-endian)}, so a wrap cannot be replayed for another practice or version.
 *
 * <p>Public reads (profile, slots, search) go through the anonymous transport: a search is nobody's
 * business, so it never carries the session.
 */
public final class Practices {
  public static final WrapPurpose PURPOSE = WrapPurpose.of("practice-key");

  private final ApiTransport account;
  private final AnonymousTransport anonymous;
  private final SecureRandom random;

  public Practices(ApiTransport account, AnonymousTransport anonymous, SecureRandom random) {
    this.account = Objects.requireNonNull(account, "account");
    this.anonymous = Objects.requireNonNull(anonymous, "anonymous");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The record id a practice key version is wrapped under. */
  public static byte[] recordId(UUID practiceId, int version) {
    return ByteBuffer.allocate(20)
        .putLong(practiceId.getMostSignificantBits())
        .putLong(practiceId.getLeastSignificantBits())
        .putInt(version)
        .array();
  }

  /** Creates a practice with a fresh key pair; {@code me} is the creator's account key pair. */
  public CreatedPractice create(EncryptionKeyPair me, PracticeProfile profile)
      throws IOException, ApiError {
    UUID practiceId = UUID.randomUUID();
    EncryptionKeyPair practiceKey = EncryptionKeyPair.generate(random);
    byte[] wrapped = wrap(practiceKey, me.publicKey(), practiceId, 1);
    account.call(
        "POST",
        "v1/practices",
        new CreatePracticeRequest(practiceId, profile, practiceKey.publicKey().encoded(), wrapped),
        Void.class);
    return new CreatedPractice(practiceId, new PracticeKeyring(Map.of(1, practiceKey)));
  }

  public PracticeView show(UUID practiceId) throws IOException, ApiError {
    return anonymous.call("GET", "v1/practices/" + practiceId, null, PracticeView.class);
  }

  public List<MyPractice> mine() throws IOException, ApiError {
    return Arrays.asList(account.call("GET", "v1/practices/mine", null, MyPractice[].class));
  }

  public List<PracticeMember> members(UUID practiceId) throws IOException, ApiError {
    return Arrays.asList(
        account.call(
            "GET", "v1/practices/" + practiceId + "/members", null, PracticeMember[].class));
  }

  /**
   * Fetches and opens every key version wrapped to {@code me}. Each opened key must match the
   * public key the server lists for its version.
   */
  public PracticeKeyring keyring(UUID practiceId, EncryptionKeyPair me)
      throws IOException, ApiError, CryptoException {
    MemberKey[] keys =
        account.call("GET", "v1/practices/" + practiceId + "/keys/mine", null, MemberKey[].class);
    Map<Integer, EncryptionKeyPair> versions = new HashMap<>();
    for (MemberKey key : keys) {
      SecretBytes seed =
          KeyWrap.open(key.wrappedKey(), me, PURPOSE, recordId(practiceId, key.version()));
      EncryptionKeyPair pair;
      try {
        pair = EncryptionKeyPair.fromPrivateKey(KeyKind.X_WING, seed);
      } finally {
        seed.destroy();
      }
      if (!pair.publicKey().equals(EncryptionPublicKey.decode(key.publicKey()))) {
        throw new MalformedInputException(
            "practice key " + key.version() + ": private key does not match its public key");
      }
      versions.put(key.version(), pair);
    }
    if (versions.isEmpty()) {
      throw new MalformedInputException("the server listed no practice key for this member");
    }
    return new PracticeKeyring(versions);
  }

  /**
   * Adds a member (admins only), wrapping every key version to {@code memberKey}, once the log
   * shows that key as the member's own, signed by the member's account.
   */
  public void addMember(
      UUID practiceId,
      PracticeKeyring keyring,
      UUID memberAccountId,
      EncryptionPublicKey memberKey,
      MemberRole role,
      KeyDirectory keys)
      throws IOException, ApiError, LogVerificationException {
    keys.requireLoggedAccountKey(memberAccountId, memberKey.encoded());
    addMember(practiceId, keyring, memberAccountId, memberKey, role);
  }

  /**
   * Adds a member (admins only), wrapping every key version to {@code memberKey}, without checking
   * that key against the log.
   */
  public void addMember(
      UUID practiceId,
      PracticeKeyring keyring,
      UUID memberAccountId,
      EncryptionPublicKey memberKey,
      MemberRole role)
      throws IOException, ApiError {
    List<VersionWrap> wraps = new ArrayList<>();
    for (var version : keyring.versions().entrySet()) {
      wraps.add(
          new VersionWrap(
              version.getKey(), wrap(version.getValue(), memberKey, practiceId, version.getKey())));
    }
    account.call(
        "POST",
        "v1/practices/" + practiceId + "/members",
        new AddMemberRequest(memberAccountId, role, wraps),
        Void.class);
  }

  /**
   * Removes a member (admins only) and rotates the practice key: a new key pair, wrapped to every
   * remaining member. Returns the keyring with the new version. Does not check the remaining
   * members' keys against the transparency log: callers that can should pass a {@link
   * KeyDirectory}.
   */
  public PracticeKeyring removeMember(
      UUID practiceId, PracticeKeyring keyring, UUID memberAccountId)
      throws IOException, ApiError, CryptoException {
    try {
      return rotate(practiceId, keyring, memberAccountId, (account, key) -> {});
    } catch (LogVerificationException impossible) {
      throw new IllegalStateException("no log check was asked for", impossible);
    }
  }

  /**
   * Removes a member and rotates the practice key, wrapping the new key only to remaining members
   * whose keys the log shows as their own ({@link KeyDirectory#requireLoggedAccountKey}); refuses
   * before anything is sent otherwise.
   */
  public PracticeKeyring removeMember(
      UUID practiceId, PracticeKeyring keyring, UUID memberAccountId, KeyDirectory keys)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    return rotate(practiceId, keyring, memberAccountId, keys::requireLoggedAccountKey);
  }

  private interface MemberKeyCheck {
    void require(UUID accountId, byte[] encryptionKey)
        throws IOException, ApiError, LogVerificationException;
  }

  private PracticeKeyring rotate(
      UUID practiceId, PracticeKeyring keyring, UUID memberAccountId, MemberKeyCheck check)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    int newVersion = keyring.currentVersion() + 1;
    EncryptionKeyPair next = EncryptionKeyPair.generate(random);
    List<MemberWrap> wraps = new ArrayList<>();
    for (PracticeMember member : members(practiceId)) {
      if (member.accountId().equals(memberAccountId)) {
        continue;
      }
      check.require(member.accountId(), member.encryptionPublicKey());
      EncryptionPublicKey key = EncryptionPublicKey.decode(member.encryptionPublicKey());
      wraps.add(new MemberWrap(member.accountId(), wrap(next, key, practiceId, newVersion)));
    }
    account.call(
        "DELETE",
        "v1/practices/" + practiceId + "/members/" + memberAccountId,
        new RemoveMemberRequest(newVersion, next.publicKey().encoded(), wraps),
        Void.class);
    return keyring.with(newVersion, next);
  }

  public void putVisitType(UUID practiceId, UUID visitTypeId, VisitTypeRequest visitType)
      throws IOException, ApiError {
    account.call(
        "PUT", "v1/practices/" + practiceId + "/visit-types/" + visitTypeId, visitType, Void.class);
  }

  public void putRules(UUID practiceId, UUID visitTypeId, List<RuleSpec> rules)
      throws IOException, ApiError {
    account.call(
        "PUT",
        "v1/practices/" + practiceId + "/visit-types/" + visitTypeId + "/rules",
        new RulesRequest(rules),
        Void.class);
  }

  public void addClosure(UUID practiceId, ClosureRequest closure) throws IOException, ApiError {
    account.call("POST", "v1/practices/" + practiceId + "/closures", closure, Void.class);
  }

  /** The weekly hours of every visit type and the closures, as stored (members only). */
  public ScheduleView schedule(UUID practiceId) throws IOException, ApiError {
    return account.call(
        "GET", "v1/practices/" + practiceId + "/schedule", null, ScheduleView.class);
  }

  /** Replaces the public profile (admins only); the time zone must stay the one of set-up. */
  public void replaceProfile(UUID practiceId, PracticeProfile profile)
      throws IOException, ApiError {
    account.call("PUT", "v1/practices/" + practiceId + "/profile", profile, Void.class);
  }

  /**
   * Free slots of a visit type; {@code from} and {@code to} are ISO dates (practice's zone, {@code
   * to} inclusive) or instants, or null for the server's defaults.
   */
  public List<SlotView> slots(UUID practiceId, UUID visitTypeId, String from, String to)
      throws IOException, ApiError {
    StringBuilder path =
        new StringBuilder("v1/practices/" + practiceId + "/slots?visitType=" + visitTypeId);
    if (from != null) {
      path.append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
    }
    if (to != null) {
      path.append("&to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
    }
    return anonymous.call("GET", path.toString(), null, SlotsResponse.class).slots();
  }

  public SearchResponse search(SearchQuery query) throws IOException, ApiError {
    return anonymous.call("GET", "v1/search?" + query.toQueryString(), null, SearchResponse.class);
  }

  private byte[] wrap(
      EncryptionKeyPair practiceKey, EncryptionPublicKey recipient, UUID practiceId, int version) {
    return GroupKeyWrap.wrap(
        practiceKey, recipient, PURPOSE, recordId(practiceId, version), random);
  }
}
