import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { authVerifier } from "../src/crypto/password";
import { RecoveryCode } from "../src/crypto/recovery";
import { expectCryptoError, loadVectors } from "./vectors";

interface RecoveryCase {
  description: string;
  valid: boolean;
  input: string;
  entropy?: string;
  checksum?: string;
  code?: string;
  auth_key?: string;
  wrapping_key?: string;
  auth_verifier?: string;
  error?: string;
}

const vectors = loadVectors<RecoveryCase>("recovery-code.json");

describe("recovery-code.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(5);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`reads and derives: ${c.description}`, async () => {
      const code = await RecoveryCode.parse(c.input);
      expect(await code.revealForDisplay()).toBe(c.code);
      expect(await RecoveryCode.fromEntropy(fromHex(c.entropy ?? "")).revealForDisplay()).toBe(c.code);
      const authKey = await code.authKey();
      expect(toHex(authKey)).toBe(c.auth_key);
      expect(toHex(await code.wrappingKey())).toBe(c.wrapping_key);
      expect(toHex(await authVerifier(authKey))).toBe(c.auth_verifier);
      expect(String(code)).toBe("RecoveryCode[REDACTED]");
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.description}`, async () => {
      await expectCryptoError(() => RecoveryCode.parse(c.input), c.error);
    });
  }
});
