import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { openRecord, parseRecordHeader, sealRecord } from "../src/crypto/record";
import { expectCryptoError, loadVectors, replay } from "./vectors";

interface RecordCase {
  description: string;
  key: string;
  type: string;
  recordId: string;
  ciphertext: string;
  valid: boolean;
  plaintext?: string;
  nonce?: string;
  paddedLength?: number;
  error?: string;
}

const vectors = loadVectors<RecordCase>("record.json");

describe("record.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.format).toBe("aparte-record");
    expect(vectors.cases.filter((c) => c.valid).length).toBeGreaterThan(0);
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(0);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`opens: ${c.description}`, async () => {
      const plain = await openRecord(fromHex(c.key), c.type, fromHex(c.recordId), fromHex(c.ciphertext));
      expect(toHex(plain)).toBe(c.plaintext);
      expect(parseRecordHeader(fromHex(c.ciphertext)).paddedLength).toBe(c.paddedLength);
    });

    test(`seals byte for byte with the vector's nonce: ${c.description}`, async () => {
      const sealed = await sealRecord(
        fromHex(c.key),
        c.type,
        fromHex(c.recordId),
        fromHex(c.plaintext ?? ""),
        replay(fromHex(c.nonce ?? "")),
      );
      expect(toHex(sealed)).toBe(c.ciphertext);
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.description}`, async () => {
      await expectCryptoError(
        () => openRecord(fromHex(c.key), c.type, fromHex(c.recordId), fromHex(c.ciphertext)),
        c.error,
      );
    });
  }
});
