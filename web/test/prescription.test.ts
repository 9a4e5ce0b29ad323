import { describe, expect, test } from "vitest";
import { concat, equalBytes, fromHex, utf8 } from "../src/crypto/bytes";
import { verify } from "../src/crypto/signature";
import { RootMismatchError } from "../src/log/errors";
import { leafHash, verifyInclusion } from "../src/log/merkle";
import { loadVectors } from "./vectors";

interface PrescriptionCase {
  name: string;
  valid: boolean;
  error?: string;
  encoded: string;
  message: string;
  signature: string;
  key_entry: string;
  leaf_index: number;
  tree_size: number;
  path: string[];
  tree_head: string;
  tree_head_signature: string;
  log_public_key: string;
}

const vectors = loadVectors<PrescriptionCase>("prescription.json");

/** The pharmacist's checks in the Java verifier's order; the first that fails names the verdict. */
async function verdict(c: PrescriptionCase): Promise<string> {
  try {
    verify(fromHex(c.log_public_key), "tree-head", fromHex(c.tree_head), fromHex(c.tree_head_signature));
  } catch {
    return "untrusted-tree-head";
  }
  const entry = fromHex(c.key_entry);
  if (entry[0] !== 0x01 || entry[1] !== 0x02) {
    return "unknown-signer-key";
  }
  try {
    const root = fromHex(c.tree_head).slice(9, 41);
    const path = c.path.map(fromHex);
    await verifyInclusion(c.leaf_index, c.tree_size, await leafHash(entry), path, root);
  } catch (e) {
    return e instanceof RootMismatchError ? "key-not-in-log" : "bad-proof";
  }
  // The signer key sits at the end of the entry: u16 length || key || u16 signature length (0).
  const keyLength = (entry[30] ?? 0) * 256 + (entry[31] ?? 0);
  const signerKey = entry.slice(32, 32 + keyLength);
  try {
    verify(signerKey, "prescription", fromHex(c.message), fromHex(c.signature));
  } catch {
    return "altered";
  }
  return "valid";
}

describe("prescription.json", () => {
  for (const c of vectors.cases) {
    test(`${c.valid ? "accepts" : `refuses (${c.error ?? ""})`}: ${c.name}`, async () => {
      const message = concat(utf8("aparte/prescription/v1"), [0], fromHex(c.encoded));
      expect(equalBytes(message, fromHex(c.message))).toBe(true);
      expect(await verdict(c)).toBe(c.valid ? "valid" : c.error);
    });
  }
});
