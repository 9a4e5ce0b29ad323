import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { keyId } from "../src/crypto/keys";
import { sign, signedBytes, signingPublicKey, verify } from "../src/crypto/signature";
import { expectCryptoError, loadVectors } from "./vectors";

interface SignatureCase {
  name: string;
  valid: boolean;
  public_key: string;
  context: string;
  message: string;
  signature: string;
  signer_private_key?: string;
  key_id?: string;
  signed_bytes?: string;
  error?: string;
}

const vectors = loadVectors<SignatureCase>("signature.json");

describe("signature.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(5);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`signs byte for byte and verifies: ${c.name}`, async () => {
      const privateKey = fromHex(c.signer_private_key ?? "");
      expect(toHex(signingPublicKey(privateKey))).toBe(c.public_key);
      expect(toHex(await keyId(fromHex(c.public_key)))).toBe(c.key_id);
      expect(toHex(signedBytes(c.context, fromHex(c.message)))).toBe(c.signed_bytes);
      expect(toHex(sign(privateKey, c.context, fromHex(c.message)))).toBe(c.signature);
      expect(() =>
        verify(fromHex(c.public_key), c.context, fromHex(c.message), fromHex(c.signature)),
      ).not.toThrow();
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.name}`, async () => {
      await expectCryptoError(
        () => verify(fromHex(c.public_key), c.context, fromHex(c.message), fromHex(c.signature)),
        c.error,
      );
    });
  }
});
