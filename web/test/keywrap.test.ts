import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { decodePrivateKey, decodePublicKey, encodeKey, keyId } from "../src/crypto/keys";
import { publicKeyOf, unwrapKey, wrapKey } from "../src/crypto/wrap";
import { expectCryptoError, loadVectors, replay } from "./vectors";

interface WrapCase {
  name: string;
  recipient_private_key: string;
  purpose: string;
  record_id: string;
  wrapped_key: string;
  valid: boolean;
  suite?: number;
  recipient_public_key?: string;
  recipient_key_id?: string;
  data_key?: string;
  ephemeral_randomness?: string;
  error?: string;
}

const vectors = loadVectors<WrapCase>("keywrap.json");

describe("keywrap.json", () => {
  test("covers both suites, valid and invalid", () => {
    expect(new Set(vectors.cases.filter((c) => c.valid).map((c) => c.suite))).toEqual(new Set([1, 2]));
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(20);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`opens: ${c.name}`, async () => {
      const dataKey = await unwrapKey(
        fromHex(c.wrapped_key),
        fromHex(c.recipient_private_key),
        c.purpose,
        fromHex(c.record_id),
      );
      expect(toHex(dataKey)).toBe(c.data_key);
    });

    test(`derives the public key and key id: ${c.name}`, async () => {
      const privateKey = decodePrivateKey(fromHex(c.recipient_private_key));
      const publicKey = encodeKey(privateKey.kind, await publicKeyOf(privateKey));
      expect(toHex(publicKey)).toBe(c.recipient_public_key);
      expect(toHex(await keyId(publicKey))).toBe(c.recipient_key_id);
    });

    test(`seals byte for byte with the vector's ephemeral randomness: ${c.name}`, async () => {
      const wrapped = await wrapKey(
        fromHex(c.data_key ?? ""),
        decodePublicKey(fromHex(c.recipient_public_key ?? "")),
        c.purpose,
        fromHex(c.record_id),
        replay(fromHex(c.ephemeral_randomness ?? "")),
      );
      expect(toHex(wrapped)).toBe(c.wrapped_key);
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.name}`, async () => {
      await expectCryptoError(
        () =>
          unwrapKey(
            fromHex(c.wrapped_key),
            fromHex(c.recipient_private_key),
            c.purpose,
            fromHex(c.record_id),
          ),
        c.error,
      );
    });
  }
});
