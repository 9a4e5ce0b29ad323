package org.aparte.server.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.practice.CreatedPractice;
import org.aparte.client.practice.PracticeKeyring;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding and removing members, key rotation, and who may do what. */
class MembershipTest {
  private static final PracticeTestKit KIT =
      new PracticeTestKit(Instant.parse("2026-06-01T07:00:00Z"));

  private PracticeTestKit.Account admin;
  private CreatedPractice practice;

  @AfterAll
  static void stop() {
    KIT.close();
  }

  @BeforeEach
  void createPractice() throws Exception {
    admin = KIT.newAccount();
    practice =
        admin
            .practices()
            .create(admin.keys(), PracticeTestKit.profile("Cabinet", "pediatrie", 48.85, 2.35));
  }

  private UUID id() {
    return practice.practiceId();
  }

  private void add(PracticeTestKit.Account member, MemberRole role, PracticeKeyring keyring)
      throws Exception {
    admin.practices().addMember(id(), keyring, member.id(), member.keys().publicKey(), role);
  }

  @Test
  void rotationLocksOutTheRemovedMemberAndKeepsHistoryForTheOthers() throws Exception {
    var bob = KIT.newAccount();
    var carol = KIT.newAccount();
    add(bob, MemberRole.MEMBER, practice.keyring());
    add(carol, MemberRole.MEMBER, practice.keyring());
    assertThat(bob.practices().keyring(id(), bob.keys()).current().publicKey())
        .isEqualTo(practice.keyring().current().publicKey());

    PracticeKeyring rotated =
        admin
            .practices()
            .removeMember(id(), admin.practices().keyring(id(), admin.keys()), bob.id());
    assertThat(rotated.currentVersion()).isEqualTo(2);
    assertThat(KIT.anonymousPractices().show(id()).key().version()).isEqualTo(2);

    PracticeKeyring carols = carol.practices().keyring(id(), carol.keys());
    assertThat(carols.versions().keySet()).containsExactly(1, 2);
    assertThat(carols.require(1).publicKey()).isEqualTo(practice.keyring().current().publicKey());
    assertThat(carols.require(2).publicKey()).isEqualTo(rotated.current().publicKey());
    assertThat(admin.practices().keyring(id(), admin.keys()).versions().keySet())
        .containsExactly(1, 2);

    assertThatThrownBy(() -> bob.practices().keyring(id(), bob.keys()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThat(bob.practices().mine()).isEmpty();
    // Nothing for bob is left in the database either.
    assertThat(
            org.aparte.store.testing.Sql.column(
                KIT.database(),
                "SELECT count(*) FROM practice_member_keys WHERE account_id = '" + bob.id() + "'"))
        .containsExactly("0");

    // A member added after the rotation gets both versions.
    var dave = KIT.newAccount();
    add(dave, MemberRole.MEMBER, rotated);
    assertThat(dave.practices().keyring(id(), dave.keys()).versions().keySet())
        .containsExactly(1, 2);
  }

  @Test
  void onlyMembersReadKeysAndEditAvailability() {
    var stranger = KIT.newAccount();
    assertThatThrownBy(() -> stranger.practices().keyring(id(), stranger.keys()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_a_member"));
    assertThatThrownBy(
            () ->
                stranger
                    .practices()
                    .putVisitType(
                        id(), UUID.randomUUID(), new VisitTypeRequest("X", 30, true, 1, null)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> stranger.practices().members(id()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void onlyAdminsAddMembers() throws Exception {
    var bob = KIT.newAccount();
    add(bob, MemberRole.MEMBER, practice.keyring());
    var eve = KIT.newAccount();
    PracticeKeyring bobs = bob.practices().keyring(id(), bob.keys());
    assertThatThrownBy(
            () ->
                bob.practices()
                    .addMember(id(), bobs, eve.id(), eve.keys().publicKey(), MemberRole.ADMIN))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_an_admin"));
    var stranger = KIT.newAccount();
    assertThatThrownBy(
            () ->
                stranger
                    .practices()
                    .addMember(
                        id(),
                        practice.keyring(),
                        eve.id(),
                        eve.keys().publicKey(),
                        MemberRole.ADMIN))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_a_member"));
  }

  @Test
  void onlyAdminsRemoveMembers() throws Exception {
    var bob = KIT.newAccount();
    var carol = KIT.newAccount();
    add(bob, MemberRole.MEMBER, practice.keyring());
    add(carol, MemberRole.MEMBER, practice.keyring());
    PracticeKeyring bobs = bob.practices().keyring(id(), bob.keys());
    assertThatThrownBy(() -> bob.practices().removeMember(id(), bobs, carol.id()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_an_admin"));
    assertThat(KIT.anonymousPractices().show(id()).key().version()).isEqualTo(1);
  }

  @Test
  void addingTwiceOrAnUnknownAccountIsRefused() throws Exception {
    var bob = KIT.newAccount();
    add(bob, MemberRole.MEMBER, practice.keyring());
    assertThatThrownBy(() -> add(bob, MemberRole.MEMBER, practice.keyring()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("already_member"));
    EncryptionKeyPair ghost = EncryptionKeyPair.generate(PracticeTestKit.RANDOM);
    assertThatThrownBy(
            () ->
                admin
                    .practices()
                    .addMember(
                        id(),
                        practice.keyring(),
                        UUID.randomUUID(),
                        ghost.publicKey(),
                        MemberRole.MEMBER))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void theLastAdminCannotBeRemoved() {
    assertThatThrownBy(() -> admin.practices().removeMember(id(), practice.keyring(), admin.id()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("last_admin"));
  }

  @Test
  void removingANonMemberIs404() {
    var stranger = KIT.newAccount();
    assertThatThrownBy(
            () -> admin.practices().removeMember(id(), practice.keyring(), stranger.id()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  private String wrapFor(EncryptionKeyPair recipient, int version) {
    byte[] wrapped =
        KeyWrap.seal(
            SecretBytes.random(32, PracticeTestKit.RANDOM),
            recipient.publicKey(),
            Practices.PURPOSE,
            Practices.recordId(id(), version),
            PracticeTestKit.RANDOM);
    return Base64.getEncoder().encodeToString(wrapped);
  }

  private String newKey() {
    return Base64.getEncoder()
        .encodeToString(EncryptionKeyPair.generate(PracticeTestKit.RANDOM).publicKey().encoded());
  }

  @Test
  void rotationRequestsMustBeComplete() throws Exception {
    var bob = KIT.newAccount();
    var carol = KIT.newAccount();
    add(bob, MemberRole.MEMBER, practice.keyring());
    add(carol, MemberRole.MEMBER, practice.keyring());
    String path = "v1/practices/" + id() + "/members/" + bob.id();

    // carol is missing
    var missing =
        KIT.send(
            "DELETE",
            path,
            admin.token(),
            "{\"newVersion\":2,\"newPublicKey\":\""
                + newKey()
                + "\",\"wraps\":[{\"accountId\":\""
                + admin.id()
                + "\",\"wrappedKey\":\""
                + wrapFor(admin.keys(), 2)
                + "\"}]}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"wraps\"");

    // the removed member is still a recipient
    var toRemoved =
        KIT.send(
            "DELETE",
            path,
            admin.token(),
            "{\"newVersion\":2,\"newPublicKey\":\""
                + newKey()
                + "\",\"wraps\":[{\"accountId\":\""
                + bob.id()
                + "\",\"wrappedKey\":\""
                + wrapFor(bob.keys(), 2)
                + "\"}]}");
    assertThat(toRemoved.statusCode()).isEqualTo(400);
    assertThat(toRemoved.body()).contains("wraps[0].accountId");

    // a wrap addressed to someone else's key
    var misaddressed =
        KIT.send(
            "DELETE",
            path,
            admin.token(),
            "{\"newVersion\":2,\"newPublicKey\":\""
                + newKey()
                + "\",\"wraps\":[{\"accountId\":\""
                + admin.id()
                + "\",\"wrappedKey\":\""
                + wrapFor(carol.keys(), 2)
                + "\"},{\"accountId\":\""
                + carol.id()
                + "\",\"wrappedKey\":\""
                + wrapFor(carol.keys(), 2)
                + "\"}]}");
    assertThat(misaddressed.statusCode()).isEqualTo(400);
    assertThat(misaddressed.body()).contains("wraps[0].wrappedKey");

    String complete =
        "\",\"wraps\":[{\"accountId\":\""
            + admin.id()
            + "\",\"wrappedKey\":\""
            + wrapFor(admin.keys(), 3)
            + "\"},{\"accountId\":\""
            + carol.id()
            + "\",\"wrappedKey\":\""
            + wrapFor(carol.keys(), 3)
            + "\"}]}";
    // a version that skips one
    var skipping =
        KIT.send(
            "DELETE",
            path,
            admin.token(),
            "{\"newVersion\":3,\"newPublicKey\":\"" + newKey() + complete);
    assertThat(skipping.statusCode()).isEqualTo(409);
    assertThat(skipping.body()).contains("stale_key_version");

    // a public key that is not one
    var junkKey =
        KIT.send(
            "DELETE", path, admin.token(), "{\"newVersion\":2,\"newPublicKey\":\"AAAA" + complete);
    assertThat(junkKey.statusCode()).isEqualTo(400);
    assertThat(junkKey.body()).contains("\"field\":\"newPublicKey\"");

    assertThat(KIT.anonymousPractices().show(id()).key().version()).isEqualTo(1);
    assertThat(bob.practices().keyring(id(), bob.keys()).versions()).hasSize(1);
  }

  @Test
  void addMemberBadInput() throws Exception {
    var bob = KIT.newAccount();
    String path = "v1/practices/" + id() + "/members";
    var wrongVersions =
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"accountId\":\""
                + bob.id()
                + "\",\"role\":\"MEMBER\",\"wraps\":[{\"version\":2,\"wrappedKey\":\""
                + wrapFor(bob.keys(), 2)
                + "\"}]}");
    assertThat(wrongVersions.statusCode()).isEqualTo(400);
    assertThat(wrongVersions.body()).contains("\"field\":\"wraps\"");
    var badRole =
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"accountId\":\"" + bob.id() + "\",\"role\":\"OWNER\",\"wraps\":[]}");
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(badRole.body()).contains("\"field\":\"role\"");
    var noWraps =
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"accountId\":\"" + bob.id() + "\",\"role\":\"MEMBER\",\"wraps\":[]}");
    assertThat(noWraps.statusCode()).isEqualTo(400);
    assertThat(noWraps.body()).contains("\"field\":\"wraps\"");
    var noSession = KIT.send("POST", path, null, "{}");
    assertThat(noSession.statusCode()).isEqualTo(401);
    var badId = KIT.send("GET", "v1/practices/not-a-uuid/keys/mine", admin.token(), null);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("\"field\":\"id\"");
  }
}
