import { afterEach, expect, test, vi } from "vitest";
import type { Session } from "../src/app/account";
import { readVault, updateVault } from "../src/app/vault";

/** The server's vault route: a version and a ciphertext, refusing a write on a stale version. */
function vaultServer(): { conflicts: () => number } {
  let version = 0;
  let ciphertext: string | null = null;
  let conflicts = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_path: string, init: RequestInit) => {
      // Let other writers interleave between any two requests, as a network would.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (init.method === "GET") {
        return new Response(JSON.stringify({ version, ciphertext }), { status: 200 });
      }
      const body = JSON.parse(String(init.body)) as { expectedVersion: number; ciphertext: string };
      if (body.expectedVersion !== version) {
        conflicts++;
        return new Response(JSON.stringify({ error: "vault_conflict" }), { status: 409 });
      }
      version++;
      ciphertext = body.ciphertext;
      return new Response(null, { status: 204 });
    }),
  );
  return { conflicts: () => conflicts };
}

// A new session per test: each test's server starts empty, and a session that has seen version 5
// rightly refuses a version 0.
const newSession = (): Session => ({
  login: "queue",
  accountId: "0b3c5f1e-8a7d-4c2b-9e6f-1a2b3c4d5e6f",
  token: "t",
  role: "patient",
  keys: { vaultKey: new Uint8Array(32).fill(7) },
}) as unknown as Session;

afterEach(() => {
  vi.unstubAllGlobals();
});

test("writes started together from one tab are queued: all land, none meets a conflict", async () => {
  const server = vaultServer();
  const session = newSession();
  const names = ["a", "b", "c", "d", "e"];
  await Promise.all(
    names.map((name) =>
      updateVault(session, (d) => ({ ...d, relatives: [...(d.relatives ?? []), { id: name } as never] })),
    ),
  );
  const stored = await readVault(session);
  expect((stored.relatives ?? []).map((r) => r.id).sort()).toEqual(names);
  expect(server.conflicts()).toBe(0);
});

test("a failed write does not block the next one in the queue", async () => {
  vaultServer();
  const session = newSession();
  const failing = updateVault(session, () => {
    throw new Error("edit refused");
  });
  const next = updateVault(session, (d) => ({ ...d, relatives: [{ id: "after" } as never] }));
  await expect(failing).rejects.toThrow("edit refused");
  await expect(next).resolves.toMatchObject({ relatives: [{ id: "after" }] });
});
