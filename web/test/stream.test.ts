import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { decryptStream, encryptStream } from "../src/crypto/stream";
import { expectCryptoError, loadVectors, replay } from "./vectors";

interface StreamCase {
  description: string;
  key: string;
  associatedData: string;
  ciphertext: string;
  valid: boolean;
  plaintext?: string;
  segmentExponent?: number;
  salt?: string;
  noncePrefix?: string;
  error?: string;
}

const vectors = loadVectors<StreamCase>("stream.json");

describe("stream.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.format).toBe("aparte-stream");
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(10);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`decrypts: ${c.description}`, async () => {
      const plain = await decryptStream(fromHex(c.key), fromHex(c.associatedData), fromHex(c.ciphertext));
      expect(toHex(plain)).toBe(c.plaintext);
    });

    test(`encrypts byte for byte with the vector's salt and nonce prefix: ${c.description}`, async () => {
      const sealed = await encryptStream(
        fromHex(c.key),
        fromHex(c.associatedData),
        fromHex(c.plaintext ?? ""),
        c.segmentExponent,
        replay(fromHex(c.salt ?? ""), fromHex(c.noncePrefix ?? "")),
      );
      expect(toHex(sealed)).toBe(c.ciphertext);
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.description}`, async () => {
      await expectCryptoError(
        () => decryptStream(fromHex(c.key), fromHex(c.associatedData), fromHex(c.ciphertext)),
        c.error,
      );
    });
  }
});
