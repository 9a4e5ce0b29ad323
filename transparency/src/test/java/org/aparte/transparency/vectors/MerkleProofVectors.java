package org.aparte.transparency.vectors;

import static org.aparte.crypto.vectors.VectorJson.hex;
import static org.aparte.crypto.vectors.VectorJson.unhex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.aparte.crypto.vectors.VectorJson;
import org.aparte.transparency.ConsistencyVerifier;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.MemoryTree;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.TestTrees;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * {@code merkle-proofs.json}: valid and invalid RFC 9162 proofs over the tree whose entries are the
 * ASCII strings {@code "entry-0"}, {@code "entry-1"}… Deterministic: regenerating gives the same
 * file. An invalid case names the verifier's error ({@code "RootMismatch"}, {@code
 * "WrongProofLength"}, {@code "LeafIndexOutOfRange"}, {@code "TreeSizeOrder"}, {@code
 * "MalformedHash"}).
 */
public final class MerkleProofVectors {
  public static final String NAME = "merkle-proofs";
  private static final int LEAVES = 21;
  private static final String DESCRIPTION =
      "RFC 9162 proofs with SHA-256: leaf_hash = SHA-256(0x00 || entry), node = SHA-256(0x01 ||"
          + " left || right). The tree's entries are utf8('entry-0'), utf8('entry-1'), ... (21"
          + " of them); proofs list hashes deepest first, as in RFC 9162 sections 2.1.3 and 2.1.4.";

  private MerkleProofVectors() {}

  public static ObjectNode generate() throws TransparencyException {
    MemoryTree tree = TestTrees.treeOf(TestTrees.numberedEntries(LEAVES));
    ProofGenerator generator = new ProofGenerator(tree);
    ObjectNode file = VectorJson.header("aparte-merkle-proofs", DESCRIPTION);
    file.put(
        "generator",
        "transparency/src/test/java/org/aparte/transparency/vectors/GenerateMerkleVectors.java"
            + " (run: ./aparte vectors)");
    ArrayNode cases = (ArrayNode) file.get("cases");
    Cases make = new Cases(generator, TestTrees.numberedEntries(LEAVES));

    cases.add(make.inclusion("single leaf tree", 0, 1));
    cases.add(make.inclusion("first leaf of a full tree", 0, 16));
    cases.add(make.inclusion("last leaf of a ragged tree", 20, 21));
    cases.add(make.inclusion("middle leaf of a ragged tree", 13, 21));
    cases.add(make.inclusion("leaf on the right edge", 6, 7));
    ObjectNode base = make.inclusion("", 13, 21);
    cases.add(invalid("index + 1", base, "RootMismatch").put("index", 14));
    cases.add(invalid("index equal to the size", base, "LeafIndexOutOfRange").put("index", 21));
    cases.add(invalid("size 0", base, "LeafIndexOutOfRange").put("index", 0).put("size", 0));
    // No "size + 1" probe: index 13 has the same path shape in trees of 21 and 22 leaves, so the
    // proof alone cannot tell them apart; the signed tree head is what binds a root to its size.
    cases.add(invalid("size doubled", base, "WrongProofLength").put("size", 42));
    cases.add(invalid("last hash removed", base, "WrongProofLength").set("proof", drop(base)));
    cases.add(
        invalid("root appended", base, "WrongProofLength").set("proof", append(base, "root")));
    cases.add(invalid("bit flipped in a path hash", base, "RootMismatch").set("proof", flip(base)));
    cases.add(
        invalid("another entry's leaf hash", base, "RootMismatch")
            .put(
                "leaf_hash",
                hex(TreeHashes.leafHash("entry-12".getBytes(StandardCharsets.UTF_8)))));
    cases.add(
        invalid("root of the empty tree", base, "RootMismatch")
            .put("root", hex(TreeHashes.emptyRoot())));
    cases.add(
        invalid("leaf hash of 31 bytes", base, "MalformedHash")
            .put("leaf_hash", base.get("leaf_hash").asText().substring(2)));

    cases.add(make.consistency("empty first tree", 0, 21));
    cases.add(make.consistency("same size", 21, 21));
    cases.add(make.consistency("one leaf to many", 1, 21));
    cases.add(make.consistency("power of two to ragged", 8, 21));
    cases.add(make.consistency("ragged to ragged", 13, 21));
    cases.add(make.consistency("one leaf more", 20, 21));
    ObjectNode cbase = make.consistency("", 13, 21);
    cases.add(
        invalid("roots swapped", cbase, "RootMismatch")
            .put("first_root", cbase.get("second_root").asText())
            .put("second_root", cbase.get("first_root").asText()));
    cases.add(invalid("sizes swapped", cbase, "TreeSizeOrder").put("first", 21).put("second", 13));
    cases.add(
        invalid("empty proof", cbase, "WrongProofLength")
            .set("proof", VectorJson.MAPPER.createArrayNode()));
    cases.add(invalid("last hash removed", cbase, "WrongProofLength").set("proof", drop(cbase)));
    cases.add(
        invalid("bit flipped in a proof hash", cbase, "RootMismatch").set("proof", flip(cbase)));
    cases.add(
        invalid("first root of a forked log", cbase, "RootMismatch")
            .put("first_root", hex(TreeHashes.leafHash(new byte[] {'x'}))));
    cases.add(
        invalid("same size, another root (a fork)", make.consistency("", 21, 21), "RootMismatch")
            .put("first_root", cbase.get("first_root").asText()));
    cases.add(
        invalid(
                "non-empty proof from the empty tree",
                make.consistency("", 0, 21),
                "WrongProofLength")
            .set("proof", cbase.get("proof")));
    cases.add(
        invalid("second root of 33 bytes", cbase, "MalformedHash")
            .put("second_root", cbase.get("second_root").asText() + "00"));
    return file;
  }

  /** One message per failing case; empty when every case behaves as the file says. */
  public static List<String> check(ObjectNode file) {
    List<String> failures = new ArrayList<>();
    for (JsonNode entry : file.get("cases")) {
      String name = entry.path("name").asText();
      try {
        run(entry);
        if (!entry.get("valid").asBoolean()) {
          failures.add(name + ": accepted, expected " + entry.get("error").asText());
        }
      } catch (TransparencyException refused) {
        String error = refused.getClass().getSimpleName().replace("Exception", "");
        if (entry.get("valid").asBoolean()) {
          failures.add(name + ": refused with " + error);
        } else if (!error.equals(entry.get("error").asText())) {
          failures.add(
              name + ": refused with " + error + ", expected " + entry.get("error").asText());
        }
      } catch (RuntimeException unexpected) {
        failures.add(name + ": " + unexpected);
      }
    }
    return failures;
  }

  private static void run(JsonNode entry) throws TransparencyException {
    List<byte[]> proof = new ArrayList<>();
    entry.get("proof").forEach(hash -> proof.add(HexFormat.of().parseHex(hash.asText())));
    if (entry.get("type").asText().equals("inclusion")) {
      InclusionVerifier.verify(
          entry.get("index").asLong(),
          entry.get("size").asLong(),
          unhex(entry, "leaf_hash"),
          proof,
          unhex(entry, "root"));
    } else {
      ConsistencyVerifier.verify(
          entry.get("first").asLong(),
          entry.get("second").asLong(),
          unhex(entry, "first_root"),
          unhex(entry, "second_root"),
          proof);
    }
  }

  private static ObjectNode invalid(String name, ObjectNode base, String error) {
    ObjectNode entry = base.deepCopy();
    entry.put("name", name);
    entry.put("valid", false);
    entry.put("error", error);
    return entry;
  }

  private static ArrayNode drop(ObjectNode base) {
    ArrayNode proof = (ArrayNode) base.get("proof").deepCopy();
    proof.remove(proof.size() - 1);
    return proof;
  }

  private static ArrayNode append(ObjectNode base, String field) {
    ArrayNode proof = (ArrayNode) base.get("proof").deepCopy();
    proof.add(base.get(field).asText());
    return proof;
  }

  private static ArrayNode flip(ObjectNode base) {
    ArrayNode proof = (ArrayNode) base.get("proof").deepCopy();
    byte[] first = HexFormat.of().parseHex(proof.get(0).asText());
    first[0] ^= 0x10;
    proof.set(0, hex(first));
    return proof;
  }

  /** Builds valid cases from the real generator; the naive cross-check vouches for it. */
  private record Cases(ProofGenerator generator, List<byte[]> entries) {
    ObjectNode inclusion(String name, long index, long size) throws TransparencyException {
      ObjectNode entry = header(name, "inclusion");
      entry.put("index", index);
      entry.put("size", size);
      entry.put("entry_utf8", new String(entries.get((int) index), StandardCharsets.UTF_8));
      entry.put("leaf_hash", hex(TreeHashes.leafHash(entries.get((int) index))));
      entry.put("root", hex(generator.root(size)));
      entry.set("proof", hashes(generator.inclusion(index, size)));
      return entry;
    }

    ObjectNode consistency(String name, long first, long second) throws TransparencyException {
      ObjectNode entry = header(name, "consistency");
      entry.put("first", first);
      entry.put("second", second);
      entry.put("first_root", hex(generator.root(first)));
      entry.put("second_root", hex(generator.root(second)));
      entry.set("proof", hashes(generator.consistency(first, second)));
      return entry;
    }

    private static ObjectNode header(String name, String type) {
      ObjectNode entry = VectorJson.MAPPER.createObjectNode();
      entry.put("name", name);
      entry.put("type", type);
      entry.put("valid", true);
      return entry;
    }

    private static ArrayNode hashes(List<byte[]> proof) {
      ArrayNode array = VectorJson.MAPPER.createArrayNode();
      proof.forEach(hash -> array.add(hex(hash)));
      return array;
    }
  }
}
