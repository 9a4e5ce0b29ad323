import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import {
  accountKeys,
  authVerifier,
  decodeKdfSetup,
  encodeKdfSetup,
  masterKey,
  normalizedPassword,
} from "../src/crypto/password";
import { expectCryptoError, loadVectors } from "./vectors";

interface KdfCase {
  description: string;
  valid: boolean;
  kdf_setup: string;
  password?: string;
  password_utf8?: string;
  normalized_utf8?: string;
  memory_kib?: number;
  iterations?: number;
  parallelism?: number;
  salt?: string;
  master_key?: string;
  auth_key?: string;
  key_wrapping_key?: string;
  auth_verifier?: string;
  error?: string;
}

const vectors = loadVectors<KdfCase>("password-kdf.json");

describe("password-kdf.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.cases.filter((c) => c.valid).length).toBeGreaterThan(3);
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(3);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`derives every key: ${c.description}`, async () => {
      const password = c.password ?? "";
      expect(toHex(new TextEncoder().encode(password))).toBe(c.password_utf8);
      expect(toHex(normalizedPassword(password))).toBe(c.normalized_utf8);
      const setup = decodeKdfSetup(fromHex(c.kdf_setup));
      expect(setup.params).toEqual({
        memoryKiB: c.memory_kib,
        iterations: c.iterations,
        parallelism: c.parallelism,
      });
      expect(toHex(setup.salt)).toBe(c.salt);
      expect(toHex(encodeKdfSetup(setup))).toBe(c.kdf_setup);
      const master = await masterKey(password, setup);
      expect(toHex(master)).toBe(c.master_key);
      const keys = await accountKeys(master);
      expect(toHex(keys.authKey)).toBe(c.auth_key);
      expect(toHex(keys.wrappingKey)).toBe(c.key_wrapping_key);
      expect(toHex(await authVerifier(keys.authKey))).toBe(c.auth_verifier);
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses the setup (${c.error}): ${c.description}`, async () => {
      await expectCryptoError(() => decodeKdfSetup(fromHex(c.kdf_setup)), c.error);
    });
  }
});
