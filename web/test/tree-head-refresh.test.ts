import { afterEach, expect, test, vi } from "vitest";
import { toBase64 } from "../src/app/api";
import { KeyKind, encodeKey, sign, signingPublicKey } from "../src/crypto";
import { refreshTreeHead } from "../src/app/log/directory";
import { encodeTreeHead } from "../src/app/log/entries";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as unknown as Storage;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test("tree-head refreshes started together run one after another, so none sees another's newer head as a shrink", async () => {
  const privateKey = encodeKey(KeyKind.ED25519, new Uint8Array(32).fill(3));
  const head = { size: 1, rootHash: new Uint8Array(32).fill(7), timestampMillis: 1 };
  const body = JSON.stringify({
    treeSize: head.size,
    rootHash: toBase64(head.rootHash),
    timestampMillis: head.timestampMillis,
    signature: toBase64(sign(privateKey, "tree-head", encodeTreeHead(head))),
  });
  let inFlight = 0;
  let most = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string) => {
      if (path === "/v1/log/public-key") {
        return new Response(JSON.stringify({ publicKey: toBase64(signingPublicKey(privateKey)) }), { status: 200 });
      }
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response(body, { status: 200 });
    }),
  );
  const storage = memoryStorage();
  const heads = await Promise.all([refreshTreeHead(storage), refreshTreeHead(storage), refreshTreeHead(storage)]);
  expect(heads.map((h) => h.size)).toEqual([1, 1, 1]);
  expect(most).toBe(1);
});
