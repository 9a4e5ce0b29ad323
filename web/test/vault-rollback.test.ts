import { afterEach, expect, test, vi } from "vitest";
import { DecryptionFailedError, sealRecord, utf8 } from "../src/crypto";
import type { Session } from "../src/app/account";
import { readVault, updateVault } from "../src/app/vault";
import { VaultRollbackError, seenStorageKey, vaultRecordId } from "../src/app/vault-history";
import { uuidBytes } from "../src/app/keybundle";

/** A vault route whose operator can serve any ciphertext under any version. */
function vaultServer(): { rows: string[]; serve: (version: number, ciphertext: string) => void } {
  let version = 0;
  let ciphertext: string | null = null;
  const rows: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_path: string, init: RequestInit) => {
      if (init.method === "GET") return new Response(JSON.stringify({ version, ciphertext }), { status: 200 });
      const body = JSON.parse(String(init.body)) as { expectedVersion: number; ciphertext: string };
      if (body.expectedVersion !== version) return new Response(JSON.stringify({ error: "vault_conflict" }), { status: 409 });
      version++;
      ciphertext = body.ciphertext;
      rows.push(ciphertext);
      return new Response(null, { status: 204 });
    }),
  );
  return { rows, serve: (v, c) => ((version = v), (ciphertext = c)) };
}

function session(): Session {
  return {
    login: "rollback",
    accountId: "0b3c5f1e-8a7d-4c2b-9e6f-1a2b3c4d5e6f",
    token: "t",
    role: "PATIENT",
    keys: { vaultKey: new Uint8Array(32).fill(9) },
  } as unknown as Session;
}

const withName = (name: string) => (d: Parameters<Parameters<typeof updateVault>[1]>[0]) => ({ ...d, relatives: [{ id: name } as never] });

afterEach(() => {
  vi.unstubAllGlobals();
});

test("the record id is the account id then the version, u64 big-endian (as VaultSync.recordId)", () => {
  const id = vaultRecordId("00000000-0000-0000-0000-000000000001", 2 ** 32 + 5);
  expect(Array.from(id)).toEqual([...new Array(15).fill(0), 1, 0, 0, 0, 1, 0, 0, 0, 5]);
});

test("an older version than this session has seen is refused", async () => {
  const server = vaultServer();
  const s = session();
  await updateVault(s, withName("first"));
  await updateVault(s, withName("second"));
  server.serve(1, server.rows[0] ?? "");
  await expect(readVault(s)).rejects.toBeInstanceOf(VaultRollbackError);
});

test("an old copy relabelled as a newer version does not open, even for a new session", async () => {
  const server = vaultServer();
  const s = session();
  await updateVault(s, withName("first"));
  await updateVault(s, withName("second"));
  server.serve(3, server.rows[0] ?? "");
  await expect(readVault(s)).rejects.toBeInstanceOf(DecryptionFailedError);
  await expect(readVault(session())).rejects.toBeInstanceOf(DecryptionFailedError);
});

test("a vault written before versions were bound is read, then rewritten bound; after that an unbound copy is refused", async () => {
  const server = vaultServer();
  const s = session();
  const unbound = await sealRecord(s.keys.vaultKey, "vault", uuidBytes(s.accountId), utf8(JSON.stringify({ relatives: [{ id: "old" }] })));
  const unboundText = Buffer.from(unbound).toString("base64");
  server.serve(1, unboundText);
  expect((await readVault(s)).relatives).toEqual([{ id: "old" }]);
  await updateVault(s, withName("new"));
  expect((await readVault(s)).relatives).toEqual([{ id: "new" }]);
  server.serve(3, unboundText);
  await expect(readVault(s)).rejects.toBeInstanceOf(DecryptionFailedError);
});

test("a rollback is told as such, without any detail of the vault", async () => {
  const { messageFor } = await import("../src/app/errors");
  expect(messageFor(new VaultRollbackError("the server served vault version 1, older than version 2 seen"))).toBe("errorVaultRollback");
});

test("a read answered before a write of the same session committed is not a rollback", async () => {
  vaultServer();
  const s = session();
  await updateVault(s, withName("first"));
  // The read's answer is taken when it is asked (version 1) and arrives after the next write.
  const realFetch = globalThis.fetch;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let delayed = true;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string, init: RequestInit) => {
      const answer = await realFetch(path, init);
      if (init.method === "GET" && delayed) {
        delayed = false;
        await gate;
      }
      return answer;
    }),
  );
  const reading = readVault(s);
  await updateVault(s, withName("second"));
  release();
  await expect(reading).resolves.toMatchObject({ relatives: [{ id: "first" }] });
});

/** A localStorage of one browser, shared by the sessions of the tests that stub it. */
function browserStorage(refuse = false): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new DOMException("quota", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key: string) => items.delete(key),
  });
  return items;
}

test("a later session in the same browser refuses a copy older than an earlier session saw", async () => {
  const server = vaultServer();
  browserStorage();
  const earlier = session();
  await updateVault(earlier, withName("first"));
  await updateVault(earlier, withName("second"));
  server.serve(1, server.rows[0] ?? "");
  await expect(readVault(session())).rejects.toBeInstanceOf(VaultRollbackError);
});

test("the browser's entry is keyed by an HMAC under the vault key: no account id, another account another key", async () => {
  vaultServer();
  const items = browserStorage();
  const s = session();
  await updateVault(s, withName("first"));
  expect([...items.keys()]).toEqual([seenStorageKey(s)]);
  const [key, value] = [...items.entries()][0] ?? ["", ""];
  expect(key).toMatch(/^aparte\.vault-seen\.[0-9a-f]{32}$/);
  expect(key).not.toContain(s.accountId.replaceAll("-", "").slice(0, 8));
  expect(JSON.parse(value)).toEqual({ highest: 1, versioned: true });
  const other = { ...s, keys: { vaultKey: new Uint8Array(32).fill(10) } } as unknown as Session;
  expect(seenStorageKey(other)).not.toEqual(key);
});

test("a browser that refuses storage still reads and writes, remembering within the session", async () => {
  const server = vaultServer();
  const items = browserStorage(true);
  const s = session();
  await updateVault(s, withName("first"));
  await updateVault(s, withName("second"));
  expect(items.size).toBe(0);
  server.serve(1, server.rows[0] ?? "");
  await expect(readVault(s)).rejects.toBeInstanceOf(VaultRollbackError);
});
