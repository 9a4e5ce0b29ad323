import { describe, expect, test } from "vitest";
import { fromHex, toHex, utf8 } from "../src/crypto/bytes";
import { LogError } from "../src/log/errors";
import {
  emptyRoot,
  leafHash,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from "../src/log/merkle";
import { consistencyProofLength, inclusionProofLength } from "../src/log/proof-length";
import { loadVectors } from "./vectors";

interface InclusionCase {
  type: "inclusion";
  name: string;
  valid: boolean;
  index: number;
  size: number;
  entry_utf8: string;
  leaf_hash: string;
  root: string;
  proof: string[];
  error?: string;
}

interface ConsistencyCase {
  type: "consistency";
  name: string;
  valid: boolean;
  first: number;
  second: number;
  first_root: string;
  second_root: string;
  proof: string[];
  error?: string;
}

type MerkleCase = InclusionCase | ConsistencyCase;

const vectors = loadVectors<MerkleCase>("merkle-proofs.json");

function check(c: MerkleCase): Promise<void> {
  const proof = c.proof.map(fromHex);
  return c.type === "inclusion"
    ? verifyInclusion(c.index, c.size, fromHex(c.leaf_hash), proof, fromHex(c.root))
    : verifyConsistency(c.first, c.second, fromHex(c.first_root), fromHex(c.second_root), proof);
}

describe("merkle-proofs.json", () => {
  test("has valid and invalid cases of both types", () => {
    for (const type of ["inclusion", "consistency"]) {
      const cases = vectors.cases.filter((c) => c.type === type);
      expect(cases.filter((c) => c.valid).length).toBeGreaterThan(3);
      expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(5);
    }
  });

  test("the empty tree's root is SHA-256 of nothing", async () => {
    expect(toHex(await emptyRoot())).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`verifies (${c.type}): ${c.name}`, async () => {
      if (c.type === "inclusion") {
        expect(toHex(await leafHash(utf8(c.entry_utf8)))).toBe(c.leaf_hash);
        const root = await rootFromInclusionProof(
          c.index,
          c.size,
          fromHex(c.leaf_hash),
          c.proof.map(fromHex),
        );
        expect(toHex(root)).toBe(c.root);
      }
      await expect(check(c)).resolves.toBeUndefined();
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}, ${c.type}): ${c.name}`, async () => {
      const thrown = await check(c).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(thrown, `expected ${c.error}`).toBeInstanceOf(LogError);
      expect((thrown as LogError).kind).toBe(c.error);
    });
  }
});

describe("proof lengths", () => {
  test("follow RFC 9162 beyond 32-bit sizes", () => {
    expect(inclusionProofLength(0n, 1n)).toBe(0);
    expect(inclusionProofLength(13n, 21n)).toBe(5);
    expect(inclusionProofLength(2n ** 40n - 1n, 2n ** 40n)).toBe(40);
    expect(inclusionProofLength(2n ** 40n, 2n ** 40n + 1n)).toBe(1);
    expect(consistencyProofLength(8n, 21n)).toBe(2);
    expect(consistencyProofLength(13n, 21n)).toBe(6);
    expect(consistencyProofLength(2n ** 33n, 2n ** 34n)).toBe(1);
    expect(consistencyProofLength(3n, 4n)).toBe(3);
    expect(consistencyProofLength(2n ** 33n + 1n, 2n ** 34n)).toBe(35);
  });
});
