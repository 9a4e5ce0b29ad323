package org.aparte.server.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every practice endpoint refuses bad input with a 4xx naming the field, never echoing it. */
class PracticeBadInputTest {
  private static final PracticeTestKit KIT =
      new PracticeTestKit(Instant.parse("2026-06-01T07:00:00Z"));
  private static PracticeTestKit.Account admin;
  private static UUID practice;
  private static final UUID VISIT = UUID.randomUUID();

  @BeforeAll
  static void setUp() throws Exception {
    admin = KIT.newAccount();
    practice =
        admin
            .practices()
            .create(admin.keys(), PracticeTestKit.profile("Cabinet", "cardiologie", 48.85, 2.35))
            .practiceId();
    admin.practices().putVisitType(practice, VISIT, new VisitTypeRequest("C", 30, true, 1, null));
  }

  @AfterAll
  static void stop() {
    KIT.close();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A valid creation body with one field's JSON replaced. */
  private static String createBody(UUID id, String field, String json) {
    EncryptionKeyPair key = EncryptionKeyPair.generate(PracticeTestKit.RANDOM);
    byte[] wrapped =
        KeyWrap.seal(
            SecretBytes.random(32, PracticeTestKit.RANDOM),
            admin.keys().publicKey(),
            Practices.PURPOSE,
            Practices.recordId(id, 1),
            PracticeTestKit.RANDOM);
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("name", "\"Cabinet\"");
    fields.put("practitioners", "[\"Dr A\"]");
    fields.put("specialty", "\"cardiologie\"");
    fields.put("address", "\"1 rue X\"");
    fields.put("postcode", "\"75001\"");
    fields.put("city", "\"Paris\"");
    fields.put("latitude", "48.8");
    fields.put("longitude", "2.3");
    fields.put("languages", "[\"fr\"]");
    fields.put("phone", "\"+33 1 00 00 00 00\"");
    fields.put("timeZone", "\"Europe/Paris\"");
    var top = new java.util.LinkedHashMap<String, String>();
    top.put("practiceId", "\"" + id + "\"");
    top.put("publicKey", "\"" + b64(key.publicKey().encoded()) + "\"");
    top.put("wrappedKey", "\"" + b64(wrapped) + "\"");
    if (field != null && field.startsWith("profile.")) {
      fields.put(field.substring("profile.".length()), json);
    } else if (field != null) {
      top.put(field, json);
    }
    StringBuilder profile = new StringBuilder("{");
    fields.forEach((k, v) -> profile.append('"').append(k).append("\":").append(v).append(','));
    profile.setCharAt(profile.length() - 1, '}');
    StringBuilder body = new StringBuilder("{\"profile\":").append(profile);
    top.forEach((k, v) -> body.append(",\"").append(k).append("\":").append(v));
    return body.append('}').toString();
  }

  private static void assertRefused(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (field != null) {
      assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
  }

  @Test
  void createRefusesBadProfilesKeysAndWraps() {
    UUID id = UUID.randomUUID();
    // The valid body works once, and a second time is a clash.
    String good = createBody(id, null, null);
    assertThat(KIT.send("POST", "v1/practices", admin.token(), good).statusCode()).isEqualTo(201);
    assertRefused(KIT.send("POST", "v1/practices", admin.token(), good), 409, null);

    String[][] cases = {
      {"profile.specialty", "\"astrologie\""},
      {"profile.specialty", "\"Not A Code\""},
      {"profile.timeZone", "\"Mars/Olympus\""},
      {"profile.timeZone", "\"+01:00\""},
      {"profile.latitude", "91"},
      {"profile.longitude", "-181"},
      {"profile.name", "\"\""},
      {"profile.practitioners", "[]"},
      {"profile.languages", "[\"french\"]"},
      {"profile.phone", "\"call me\""},
      {"publicKey", "\"AAAA\""},
      {"wrappedKey", "\"AAAA\""},
      {"practiceId", "\"nope\""},
    };
    for (String[] c : cases) {
      var response =
          KIT.send(
              "POST", "v1/practices", admin.token(), createBody(UUID.randomUUID(), c[0], c[1]));
      assertRefused(response, 400, c[0]);
      String sent = c[1].replace("\"", "");
      if (sent.length() >= 3) {
        assertThat(response.body()).doesNotContain(sent);
      }
    }
    var unknown =
        KIT.send(
            "POST", "v1/practices", admin.token(), createBody(UUID.randomUUID(), "extra", "1"));
    assertRefused(unknown, 400, "extra");
    assertRefused(KIT.send("POST", "v1/practices", admin.token(), "{"), 400, null);
    assertRefused(KIT.send("POST", "v1/practices", null, good), 401, null);
  }

  @Test
  void aWrapForSomeoneElseIsRefused() {
    var other = KIT.newAccount();
    UUID id = UUID.randomUUID();
    // Made for admin, sent by other: not addressed to the sender's key.
    var response = KIT.send("POST", "v1/practices", other.token(), createBody(id, null, null));
    assertRefused(response, 400, "wrappedKey");
  }

  @Test
  void visitTypesRefuseBadFields() {
    String path = "v1/practices/" + practice + "/visit-types/" + UUID.randomUUID();
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"name\":\"A\",\"durationMinutes\":3,\"bookableOnline\":true,\"capacity\":1}"),
        400,
        "durationMinutes");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"name\":\"A\",\"durationMinutes\":30,\"bookableOnline\":true,\"capacity\":0}"),
        400,
        "capacity");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"name\":\" A\",\"durationMinutes\":30,\"bookableOnline\":true,\"capacity\":1}"),
        400,
        "name");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"name\":\"A\",\"durationMinutes\":30,\"bookableOnline\":true,\"capacity\":1,"
                + "\"followUp\":{\"visitTypeId\":\""
                + UUID.randomUUID()
                + "\",\"minDays\":21,\"maxDays\":28}}"),
        400,
        "followUp.visitTypeId");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"name\":\"A\",\"durationMinutes\":30,\"bookableOnline\":true,\"capacity\":1,"
                + "\"followUp\":{\"visitTypeId\":\""
                + VISIT
                + "\",\"minDays\":21,\"maxDays\":7}}"),
        400,
        "followUp.maxDays");
    assertRefused(
        KIT.send("PUT", "v1/practices/" + practice + "/visit-types/x", admin.token(), "{}"),
        400,
        "visitTypeId");
    // A visit type id of another practice cannot be taken over.
    var other = KIT.newAccount();
    try {
      UUID theirs =
          other
              .practices()
              .create(other.keys(), PracticeTestKit.profile("B", "cardiologie", 45, 5))
              .practiceId();
      assertRefused(
          KIT.send(
              "PUT",
              "v1/practices/" + theirs + "/visit-types/" + VISIT,
              other.token(),
              "{\"name\":\"A\",\"durationMinutes\":30,\"bookableOnline\":true,\"capacity\":1}"),
          409,
          null);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rulesRefuseBadWindows() {
    String path = "v1/practices/" + practice + "/visit-types/" + VISIT + "/rules";
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"rules\":[{\"dayOfWeek\":\"MONDAY\",\"start\":\"12:00\",\"end\":\"09:00\"}]}"),
        400,
        "rules[0].end");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"rules\":[{\"dayOfWeek\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}"),
        400,
        "rules[0].dayOfWeek");
    assertRefused(
        KIT.send(
            "PUT",
            path,
            admin.token(),
            "{\"rules\":[{\"dayOfWeek\":\"MONDAY\",\"start\":\"09:00:30\",\"end\":\"12:00\"}]}"),
        400,
        "rules[0].start");
    assertRefused(
        KIT.send(
            "PUT",
            "v1/practices/" + practice + "/visit-types/" + UUID.randomUUID() + "/rules",
            admin.token(),
            "{\"rules\":[]}"),
        404,
        null);
    assertRefused(KIT.send("PUT", path, admin.token(), "{}"), 400, "rules");
  }

  @Test
  void closuresRefuseBadDatesAndReusedIds() {
    String path = "v1/practices/" + practice + "/closures";
    UUID id = UUID.randomUUID();
    assertRefused(
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"closureId\":\"" + id + "\",\"from\":\"2026-07-10\",\"until\":\"2026-07-01\"}"),
        400,
        "until");
    assertRefused(
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"closureId\":\"" + id + "\",\"from\":\"2026-07-32\",\"until\":\"2026-08-01\"}"),
        400,
        "from");
    assertRefused(
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"closureId\":\""
                + id
                + "\",\"from\":\"2026-07-01\",\"until\":\"2026-07-02\",\"visitTypeId\":\""
                + UUID.randomUUID()
                + "\"}"),
        400,
        "visitTypeId");
    assertRefused(
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"closureId\":\"" + id + "\",\"from\":\"2026-07-01\",\"until\":\"2026-07-02\"}"),
        204,
        null);
    assertRefused(
        KIT.send(
            "POST",
            path,
            admin.token(),
            "{\"closureId\":\"" + id + "\",\"from\":\"2026-07-01\",\"until\":\"2026-07-03\"}"),
        409,
        null);
  }

  @Test
  void publicReadsRefuseBadIds() {
    assertRefused(KIT.send("GET", "v1/practices/123", null, null), 400, "id");
    assertRefused(KIT.send("GET", "v1/practices/" + UUID.randomUUID(), null, null), 404, null);
    assertRefused(KIT.send("GET", "v1/practices/mine", null, null), 401, null);
    assertRefused(
        KIT.send(
            "DELETE",
            "v1/practices/" + practice + "/members/nope",
            admin.token(),
            "{\"newVersion\":2,\"newPublicKey\":\"AAAA\",\"wraps\":[]}"),
        400,
        "accountId");
    assertRefused(
        KIT.send(
            "DELETE",
            "v1/practices/" + practice + "/members/" + UUID.randomUUID(),
            admin.token(),
            "{\"newVersion\":1,\"newPublicKey\":\"AAAA\",\"wraps\":[]}"),
        400,
        "newVersion");
  }
}
