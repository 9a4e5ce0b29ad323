import { expect, test } from "vitest";
import { toHex } from "../src/crypto";
import { generateKeyBundle } from "../src/app/keybundle";
import { openSession, sealSession } from "../src/app/stored-session";

test("a remembered session opens to the same keys and token; its key cannot be exported", async () => {
  const keys = await generateKeyBundle();
  const session = { login: "a@example.org", accountId: crypto.randomUUID(), token: "tok-123", role: "PATIENT", keys };
  const stored = await sealSession(session);
  expect(stored.key.extractable).toBe(false);
  await expect(crypto.subtle.exportKey("raw", stored.key)).rejects.toThrow();
  expect(new TextDecoder().decode(stored.secrets)).not.toContain("tok-123");
  const opened = await openSession(stored);
  expect(opened.token).toBe("tok-123");
  expect(toHex(opened.keys.vaultKey)).toBe(toHex(keys.vaultKey));
  expect(toHex(opened.keys.encryptionPrivateKey)).toBe(toHex(keys.encryptionPrivateKey));
  // Bound to its account: moved to another account id, it does not open.
  await expect(openSession({ ...stored, accountId: crypto.randomUUID() })).rejects.toThrow();
  const tampered = stored.secrets.slice();
  tampered[0] = (tampered[0] ?? 0) ^ 1;
  await expect(openSession({ ...stored, secrets: tampered })).rejects.toThrow();
});
