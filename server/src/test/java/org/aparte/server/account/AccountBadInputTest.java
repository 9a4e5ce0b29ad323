package org.aparte.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.protocol.Json;
import org.aparte.server.testing.TestServer;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every account and vault endpoint answers malformed input with a 4xx that names the field and does
 * not echo the value. The valid bodies are built with the real crypto, as a client would.
 */
class AccountBadInputTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CANARY = "CANARY-VALUE-93c1";
  private static TestServer server;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
    ObjectNode register = registration(UUID.randomUUID(), "bad-input@example.org");
    assertThat(post("/v1/accounts", register).statusCode()).isEqualTo(201);
    ObjectNode login = JSON.createObjectNode();
    login.put("login", "bad-input@example.org");
    login.put("authKey", b64(new byte[32]));
    HttpResponse<String> session = post("/v1/sessions", login);
    assertThat(session.statusCode()).isEqualTo(200);
    token = JSON.readTree(session.body()).get("sessionToken").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Points the request helpers at another server (for tests that start their own). */
  static void useServer(TestServer other) {
    server = other;
  }

  static ObjectNode registration(UUID id, String login) {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] recordId = new byte[16];
    ObjectNode body = JSON.createObjectNode();
    body.put("accountId", id.toString());
    body.put("login", login);
    body.put("role", "PATIENT");
    body.put("kdfSetup", b64(KdfSetup.generate(new Argon2Params(8192, 1, 1), RANDOM).encode()));
    body.put("authKey", b64(new byte[32]));
    body.put("recoveryAuthKey", b64(new byte[32]));
    body.put("keyBundle", b64(record("key-bundle", key, recordId)));
    body.put("recoveryKeyBundle", b64(record("key-bundle", key, recordId)));
    byte[] encryptionKey = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
    SigningKeyPair signing = SigningKeyPair.generate(RANDOM);
    byte[] signingKey = signing.publicKey().encoded();
    body.put("encryptionPublicKey", b64(encryptionKey));
    body.put("signingPublicKey", b64(signingKey));
    body.put(
        "encryptionKeySignature",
        b64(KeyEntry.signByOwner(signing, EntryKind.ACCOUNT_ENCRYPTION_KEY, id, 1, encryptionKey)));
    body.put(
        "signingKeySignature",
        b64(KeyEntry.signByOwner(signing, EntryKind.ACCOUNT_SIGNING_KEY, id, 1, signingKey)));
    return body;
  }

  static byte[] record(String type, SecretBytes key, byte[] recordId) {
    return RecordCipher.seal(key, RecordType.of(type), recordId, new byte[] {1, 2, 3}, RANDOM);
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static HttpResponse<String> post(String path, JsonNode body) {
    return send("POST", path, body.toString(), null);
  }

  static HttpResponse<String> send(String method, String path, String body, String bearer) {
    HttpRequest.Builder request =
        server
            .request(path)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null && body.length() > TestServer.MAX_BODY) {
      // A server that refuses a body by its Content-Length closes the connection; a client that
      // is still sending may then see a reset instead of the 413. Waiting for "100 Continue" is
      // how a real client avoids that race.
      request.expectContinue(true);
    }
    return server.send(request.build());
  }

  /** Sends {@code body} with {@code field} replaced by {@code value}; expects a 400 naming it. */
  static void assertRefused(
      String method, String path, ObjectNode body, String field, JsonNode value, String bearer)
      throws Exception {
    ObjectNode bad = body.deepCopy();
    if (value == null) {
      bad.remove(field);
    } else {
      bad.set(field, value);
    }
    HttpResponse<String> response = send(method, path, bad.toString(), bearer);
    assertThat(response.statusCode()).as(path + " " + field + " " + value).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("field").asText()).as(path + " " + field).isEqualTo(field);
    assertThat(response.body()).doesNotContain(CANARY);
  }

  static JsonNode text(String value) {
    return JSON.getNodeFactory().textNode(value);
  }

  @Test
  void registrationRefusesEachBadField() throws Exception {
    ObjectNode body = registration(UUID.randomUUID(), "fresh@example.org");
    SecretBytes key = SecretBytes.random(32, RANDOM);
    String wrongType = b64(record("vault", key, new byte[16]));
    String x25519 = b64(EncryptionKeyPair.generate(KeyKind.X25519, RANDOM).publicKey().encoded());
    String post = "POST";
    String path = "/v1/accounts";
    assertRefused(post, path, body, "accountId", text(CANARY), null);
    assertRefused(post, path, body, "login", text(CANARY), null);
    assertRefused(post, path, body, "login", null, null);
    assertRefused(post, path, body, "login", text("a".repeat(300) + "@example.org"), null);
    assertRefused(post, path, body, "role", text("ADMIN"), null);
    assertRefused(post, path, body, "kdfSetup", text("not base64!" + CANARY), null);
    assertRefused(post, path, body, "kdfSetup", text(b64(new byte[27])), null);
    assertRefused(post, path, body, "authKey", text(b64(new byte[31])), null);
    assertRefused(post, path, body, "recoveryAuthKey", text(b64(new byte[33])), null);
    assertRefused(post, path, body, "keyBundle", text(wrongType), null);
    assertRefused(post, path, body, "keyBundle", text(b64(new byte[70_000])), null);
    assertRefused(post, path, body, "recoveryKeyBundle", text(b64(new byte[100])), null);
    assertRefused(post, path, body, "encryptionPublicKey", text(x25519), null);
    assertRefused(post, path, body, "encryptionPublicKey", text(b64(new byte[40])), null);
    assertRefused(post, path, body, "signingPublicKey", text(b64(new byte[34])), null);
    assertRefused(post, path, body, "encryptionKeySignature", text(b64(new byte[63])), null);
    assertRefused(post, path, body, "encryptionKeySignature", text(b64(new byte[64])), null);
    // A valid signature, but by another key over another account's entry.
    ObjectNode other = registration(UUID.randomUUID(), "other@example.org");
    assertRefused(post, path, body, "signingKeySignature", other.get("signingKeySignature"), null);
    assertRefused(post, path, body, "surprise", text(CANARY), null);
  }

  @Test
  void registrationConflictsNameTheClash() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(post("/v1/accounts", registration(id, "clash@example.org")).statusCode())
        .isEqualTo(201);
    HttpResponse<String> sameLogin =
        post("/v1/accounts", registration(UUID.randomUUID(), " CLASH@example.org"));
    HttpResponse<String> sameId = post("/v1/accounts", registration(id, "other@example.org"));
    assertThat(sameLogin.statusCode()).isEqualTo(409);
    assertThat(sameLogin.body()).contains("login_taken");
    assertThat(sameId.statusCode()).isEqualTo(409);
    assertThat(sameId.body()).contains("account_exists");
  }

  @Test
  void queriesWithABadLoginAreRefused() throws Exception {
    for (String path : new String[] {"/v1/accounts/kdf-setup", "/v1/accounts/keys"}) {
      HttpResponse<String> missing = send("GET", path, null, token);
      HttpResponse<String> bad = send("GET", path + "?login=" + CANARY, null, token);
      assertThat(missing.statusCode()).as(path).isEqualTo(400);
      assertThat(bad.statusCode()).as(path).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("login");
      assertThat(bad.body()).doesNotContain(CANARY);
    }
    assertThat(send("GET", "/v1/accounts/keys?login=a@example.org", null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void loginAndRecoveryRefuseBadFields() throws Exception {
    ObjectNode login = JSON.createObjectNode();
    login.put("login", "someone@example.org");
    login.put("authKey", b64(new byte[32]));
    assertRefused("POST", "/v1/sessions", login, "login", text(CANARY), null);
    assertRefused("POST", "/v1/sessions", login, "authKey", text("%%%" + CANARY), null);
    assertRefused("POST", "/v1/sessions", login, "authKey", null, null);
    assertRefused("POST", "/v1/sessions", login, "extra", text(CANARY), null);

    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("login", "someone@example.org");
    bundle.put("recoveryAuthKey", b64(new byte[32]));
    assertRefused(
        "POST", "/v1/recovery/bundle", bundle, "recoveryAuthKey", text(b64(new byte[8])), null);
    assertRefused("POST", "/v1/recovery/bundle", bundle, "login", text(CANARY), null);

    ObjectNode reset = bundle.deepCopy();
    reset.put("newKdfSetup", b64(new byte[27]));
    reset.put("newAuthKey", b64(new byte[32]));
    reset.put(
        "newKeyBundle", b64(record("key-bundle", SecretBytes.random(32, RANDOM), new byte[16])));
    assertRefused(
        "POST", "/v1/recovery/reset", reset, "newKdfSetup", text(b64(new byte[27])), null);
    reset.put("newKdfSetup", b64(KdfSetup.generate(new Argon2Params(8192, 1, 1), RANDOM).encode()));
    assertRefused(
        "POST", "/v1/recovery/reset", reset, "newKeyBundle", text(b64(new byte[64])), null);
    assertRefused("POST", "/v1/recovery/reset", reset, "newAuthKey", text(b64(new byte[1])), null);
  }

  @Test
  void authenticatedEndpointsRefuseBadFields() throws Exception {
    ObjectNode change = JSON.createObjectNode();
    change.put("authKey", b64(new byte[32]));
    change.put(
        "newKdfSetup", b64(KdfSetup.generate(new Argon2Params(8192, 1, 1), RANDOM).encode()));
    change.put("newAuthKey", b64(new byte[32]));
    change.put(
        "newKeyBundle", b64(record("key-bundle", SecretBytes.random(32, RANDOM), new byte[16])));
    String path = "/v1/accounts/me/password";
    assertRefused("PUT", path, change, "newKdfSetup", text(b64(new byte[3])), token);
    assertRefused(
        "PUT",
        path,
        change,
        "newKeyBundle",
        text(b64(record("vault", SecretBytes.random(32, RANDOM), new byte[16]))),
        token);
    assertRefused("PUT", path, change, "authKey", text(CANARY), token);
    assertThat(send("PUT", path, change.toString(), null).statusCode()).isEqualTo(401);

    ObjectNode delete = JSON.createObjectNode();
    delete.put("authKey", b64(new byte[32]));
    assertRefused("DELETE", "/v1/accounts/me", delete, "authKey", text(b64(new byte[16])), token);
    assertRefused("DELETE", "/v1/accounts/me", delete, "reason", text(CANARY), token);

    ObjectNode vault = JSON.createObjectNode();
    vault.put("expectedVersion", 0);
    vault.put("ciphertext", b64(record("vault", SecretBytes.random(32, RANDOM), new byte[16])));
    assertRefused(
        "PUT", "/v1/vault", vault, "expectedVersion", JSON.getNodeFactory().numberNode(-1), token);
    assertRefused("PUT", "/v1/vault", vault, "expectedVersion", text("1"), token);
    assertRefused("PUT", "/v1/vault", vault, "expectedVersion", null, token);
    assertRefused(
        "PUT",
        "/v1/vault",
        vault,
        "ciphertext",
        text(b64(record("key-bundle", SecretBytes.random(32, RANDOM), new byte[16]))),
        token);
    assertRefused("PUT", "/v1/vault", vault, "ciphertext", text("**" + CANARY), token);
    assertThat(send("PUT", "/v1/vault", vault.toString(), null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/v1/vault", null, null).statusCode()).isEqualTo(401);
    assertThat(send("DELETE", "/v1/sessions/current", null, "x".repeat(43)).statusCode())
        .isEqualTo(401);

    String oversized =
        "{\"expectedVersion\":0,\"ciphertext\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
    assertThat(send("PUT", "/v1/vault", oversized, token).statusCode()).isEqualTo(413);
  }
}
