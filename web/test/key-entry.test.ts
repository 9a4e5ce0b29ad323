import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { LogError } from "../src/log/errors";
import { leafHash } from "../src/log/hashes";
import {
  KeyEntryKind,
  decodeKeyEntry,
  encodeKeyEntry,
  ownerStatement,
  signOwnEntry,
  verifyOwnerSignature,
} from "../src/log/key-entry";
import { loadVectors } from "./vectors";

interface KeyEntryCase {
  name: string;
  valid: boolean;
  encoded: string;
  kind?: number;
  subject?: string;
  version?: number;
  timestamp?: number;
  public_key?: string;
  owner_statement?: string;
  owner_signature?: string;
  leaf_hash?: string;
  error?: string;
}

const vectors = loadVectors<KeyEntryCase>("key-entry.json") as unknown as {
  owner_seed: string;
  owner_public_key: string;
  cases: KeyEntryCase[];
};
const ACCOUNT_KINDS = new Set<number>([
  KeyEntryKind.ACCOUNT_ENCRYPTION_KEY,
  KeyEntryKind.ACCOUNT_SIGNING_KEY,
]);
// The Ed25519 private key in its versioned encoding: 0x01 (version) || 0x02 (Ed25519) || seed.
const ownerPrivateKey = fromHex(`0102${vectors.owner_seed}`);
const ownerPublicKey = fromHex(vectors.owner_public_key);

function outcome(c: KeyEntryCase): string {
  try {
    const entry = decodeKeyEntry(fromHex(c.encoded));
    if (ACCOUNT_KINDS.has(entry.kind)) {
      verifyOwnerSignature(entry, ownerPublicKey);
    }
    return "valid";
  } catch (e) {
    if (e instanceof LogError) {
      return e.kind;
    }
    throw e;
  }
}

describe("key-entry.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.cases.filter((c) => c.valid).length).toBeGreaterThan(2);
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(5);
  });

  for (const c of vectors.cases) {
    test(`${c.valid ? "accepts" : "refuses"}: ${c.name}`, () => {
      expect(outcome(c)).toBe(c.valid ? "valid" : c.error);
    });
  }

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`encodes and signs byte for byte: ${c.name}`, async () => {
      const entry = decodeKeyEntry(fromHex(c.encoded));
      expect(entry.subject).toBe(c.subject);
      expect(entry.timestamp).toBe(c.timestamp);
      expect(toHex(encodeKeyEntry(entry))).toBe(c.encoded);
      expect(toHex(await leafHash(fromHex(c.encoded)))).toBe(c.leaf_hash);
      const statement = ownerStatement(entry.kind, entry.subject, entry.version, entry.publicKey);
      expect(toHex(statement)).toBe(c.owner_statement);
      if (ACCOUNT_KINDS.has(entry.kind)) {
        const signature = signOwnEntry(
          ownerPrivateKey,
          entry.kind,
          entry.subject,
          entry.version,
          entry.publicKey,
        );
        expect(toHex(signature)).toBe(c.owner_signature);
      }
    });
  }
});
