package org.aparte.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.aparte.protocol.Json;
import org.aparte.protocol.log.ConsistencyProofResponse;
import org.aparte.protocol.log.InclusionProofResponse;
import org.aparte.protocol.log.LogEntriesResponse;
import org.aparte.protocol.log.TreeHeadResponse;
import org.aparte.server.testing.TestServer;
import org.aparte.store.log.LogQueue;
import org.aparte.transparency.ConsistencyVerifier;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The log routes serve signed heads and proofs that verify with the log core alone. */
class LogRoutesTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static TestServer server;
  private static TreeHeadResponse headOf10;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
    assertThat(server.get("/v1/log/tree-head").statusCode()).as("nothing published").isEqualTo(503);
    append(0, 10);
    headOf10 = read(server.get("/v1/log/tree-head"), TreeHeadResponse.class);
    append(10, 50);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void append(int from, int to) {
    List<byte[]> entries = new ArrayList<>();
    for (int i = from; i < to; i++) {
      entries.add(entry(i));
    }
    server
        .wiring()
        .database()
        .transaction(
            c -> {
              LogQueue.enqueueAll(c, entries, Instant.now());
              return null;
            });
    server.wiring().logSequencer().sequenceOnce();
  }

  private static byte[] entry(int i) {
    return ("entry-" + i).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void treeHeadIsSignedByTheLogKey() throws Exception {
    TreeHeadResponse head = read(server.get("/v1/log/tree-head"), TreeHeadResponse.class);
    assertThat(head.treeSize()).isEqualTo(50);
    signed(head).verify(server.wiring().logKey().publicKey());
  }

  @Test
  void inclusionByIndexAndByHashVerify() throws Exception {
    TreeHeadResponse head = read(server.get("/v1/log/tree-head"), TreeHeadResponse.class);
    InclusionProofResponse byIndex =
        read(
            server.get("/v1/log/proof/inclusion?leafIndex=17&treeSize=50"),
            InclusionProofResponse.class);
    String hash = HexFormat.of().formatHex(TreeHashes.leafHash(entry(17)));
    InclusionProofResponse byHash =
        read(server.get("/v1/log/proof/inclusion?leafHash=" + hash), InclusionProofResponse.class);
    assertThat(byHash.leafIndex()).isEqualTo(17);
    assertThat(byHash.path()).containsExactlyElementsOf(byIndex.path());
    InclusionVerifier.verify(
        17, 50, TreeHashes.leafHash(entry(17)), byIndex.path(), head.rootHash());
  }

  @Test
  void consistencyBetweenTwoPublishedHeadsVerifies() throws Exception {
    TreeHeadResponse head = read(server.get("/v1/log/tree-head"), TreeHeadResponse.class);
    ConsistencyProofResponse proof =
        read(
            server.get("/v1/log/proof/consistency?first=10&second=50"),
            ConsistencyProofResponse.class);
    ConsistencyVerifier.verify(10, 50, headOf10.rootHash(), head.rootHash(), proof.proof());
  }

  @Test
  void entriesArePagedInLogOrder() throws Exception {
    LogEntriesResponse page =
        read(server.get("/v1/log/entries?start=45"), LogEntriesResponse.class);
    assertThat(page.entries()).hasSize(5);
    assertThat(page.entries().getFirst()).isEqualTo(entry(45));
  }

  @Test
  void badRequestsAreRefusedWithoutEchoingThem() {
    assertThat(server.get("/v1/log/proof/inclusion?leafIndex=3&treeSize=51").statusCode())
        .isEqualTo(400);
    assertThat(server.get("/v1/log/proof/inclusion?leafIndex=50").statusCode()).isEqualTo(400);
    assertThat(server.get("/v1/log/proof/inclusion").statusCode()).isEqualTo(400);
    assertThat(server.get("/v1/log/proof/inclusion?leafHash=zz").statusCode()).isEqualTo(400);
    String unknown = HexFormat.of().formatHex(TreeHashes.leafHash(entry(99)));
    assertThat(server.get("/v1/log/proof/inclusion?leafHash=" + unknown).statusCode())
        .isEqualTo(404);
    assertThat(server.get("/v1/log/proof/consistency?first=20&second=10").statusCode())
        .isEqualTo(400);
    HttpResponse<String> negative = server.get("/v1/log/entries?start=-1");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).doesNotContain("-1");
  }

  private static SignedTreeHead signed(TreeHeadResponse head) {
    return new SignedTreeHead(
        new TreeHead(head.treeSize(), head.rootHash(), head.timestampMillis()), head.signature());
  }

  private static <T> T read(HttpResponse<String> response, Class<T> type) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readValue(response.body(), type);
  }
}
