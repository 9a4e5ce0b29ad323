import { afterEach, expect, test, vi } from "vitest";
import type { Session } from "../src/app/account";
import { toBase64 } from "../src/app/api";
import { generateKeyBundle } from "../src/app/keybundle";
import { fetchDisclosure, forgetDisclosure } from "../src/app/support/agent";
import { ExpiredDisclosureError } from "../src/app/support/disclosure";
import { type DisclosureContent, sealDisclosure } from "../src/app/support/seal";

const EXPIRY = "2026-12-01T10:00:00.123Z";
const handle = toBase64(new Uint8Array(16).fill(0xa));

/** One disclosure served by a fake route that counts its reads (each a logged event). */
async function served(): Promise<{ session: Session; id: string; reads: () => number }> {
  const agent = await generateKeyBundle();
  const content: DisclosureContent = {
    version: 1,
    disclosureId: crypto.randomUUID(),
    ticketId: crypto.randomUUID(),
    agentId: crypto.randomUUID(),
    expiresAt: EXPIRY,
    records: [{ ref: handle, kind: "PROFILE", fields: { phone: "0600" } }],
  };
  const { ciphertext, wrappedKey } = await sealDisclosure(content, agent.encryptionPublicKey);
  const view = { ...content, scope: [{ ref: handle, fields: ["phone"] }], ciphertext, wrappedKey };
  let reads = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => {
      reads++;
      return new Response(JSON.stringify(view), { status: 200 });
    }),
  );
  const session = { token: "t", keys: { encryptionPrivateKey: agent.encryptionPrivateKey } } as unknown as Session;
  return { session, id: content.disclosureId, reads: () => reads };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const before = Date.parse(EXPIRY) - 60_000;

test("a refreshed ticket shows the opened disclosure without reading it again", async () => {
  const { session, id, reads } = await served();
  const first = await fetchDisclosure(session, id, before);
  const again = await fetchDisclosure(session, id, before + 1000);
  expect(again).toEqual(first);
  expect(reads()).toBe(1);
});

test("past its expiry the copy in memory is not shown", async () => {
  const { session, id, reads } = await served();
  await fetchDisclosure(session, id, before);
  await expect(fetchDisclosure(session, id, Date.parse(EXPIRY))).rejects.toBeInstanceOf(ExpiredDisclosureError);
  expect(reads()).toBe(1);
});

test("a disclosure forgotten (revoked in the request list) is read again if shown again, and another session reads its own", async () => {
  const { session, id, reads } = await served();
  await fetchDisclosure(session, id, before);
  forgetDisclosure(session, id);
  await fetchDisclosure(session, id, before);
  expect(reads()).toBe(2);
  const other = { ...session } as Session;
  await fetchDisclosure(other, id, before);
  expect(reads()).toBe(3);
});
