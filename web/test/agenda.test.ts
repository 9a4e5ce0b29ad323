import { describe, expect, test } from "vitest";
import { KeyKind, decodePrivateKey, encodeKey, publicKeyOf, secureRandom } from "../src/crypto";
import { prepareBooking } from "../src/app/booking";
import { type AgendaEntry, decryptAgenda } from "../src/app/agenda-decrypt";
import { decryptInBatches, decryptInWorkers, lastDecryption } from "../src/app/agenda-workers";

const practiceId = "3f2b8c1e-7a4d-4e2f-9b1a-0c5d6e7f8a9b";
const visitTypeId = "0f8fad5b-d9cb-469f-a165-70867728950e";

async function practiceKey(): Promise<{ privateKey: Uint8Array; publicKey: Uint8Array }> {
  const privateKey = encodeKey(KeyKind.X_WING, secureRandom(32));
  return { privateKey, publicKey: encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(privateKey))) };
}

async function entry(publicKey: Uint8Array, keyVersion: number, i: number): Promise<AgendaEntry> {
  const slotIds = [`${visitTypeId}@2030-01-02T${String(8 + (i % 10)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`];
  const { request } = await prepareBooking(
    { practiceId, practiceName: "Cabinet", publicKey, keyVersion },
    {
      patient: { firstName: `Patient${i}`, lastName: "Test", birthDate: null, socialSecurityNumber: null, phone: null, email: null },
      forRelative: null,
      reason: `Motif ${i}`,
      visitTypeId,
      visitTypeName: "Consultation",
      slotIds,
    },
    "dG9rZW4=",
    null,
  );
  return { bookingId: request["bookingId"] as string, slotIds, status: "CONFIRMED", keyVersion, ciphertext: request["ciphertext"] as string, wrappedKey: request["wrappedKey"] as string };
}

describe("agenda decryption", () => {
  // crypto/wrap.ts keeps, per private key, the X-Wing expansion and ML-KEM's public matrix:
  // interleaving two keys (rotation) and many bookings must still open every one of them.
  test("many bookings under two interleaved key versions all open, in slot order", async () => {
    const [v1, v2] = [await practiceKey(), await practiceKey()];
    const entries: AgendaEntry[] = [];
    for (let i = 0; i < 12; i++) entries.push(await entry(i % 2 === 0 ? v1.publicKey : v2.publicKey, i % 2 === 0 ? 1 : 2, i));
    const ring = new Map([[1, v1.privateKey], [2, v2.privateKey]]);
    const view = await decryptAgenda(practiceId, ring, entries);
    expect(view.problems).toBe(0);
    expect(view.bookings.map((b) => b.content.reason).sort()).toEqual(entries.map((_, i) => `Motif ${i}`).sort());
    const starts = view.bookings.map((b) => Date.parse(b.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // A key version swapped: nothing opens under the other key, and it is counted, not shown.
    const swapped = await decryptAgenda(practiceId, new Map([[1, v2.privateKey], [2, v1.privateKey]]), entries);
    expect(swapped.bookings).toEqual([]);
    expect(swapped.problems).toBe(12);
  });

  test("without Web Workers (Node) the split falls back to the same result", async () => {
    const key = await practiceKey();
    const entries = await Promise.all(Array.from({ length: 9 }, (_, i) => entry(key.publicKey, 1, i)));
    const view = await decryptInWorkers(practiceId, new Map([[1, key.privateKey]]), entries);
    expect(view.problems).toBe(0);
    expect(view.bookings).toHaveLength(9);
  });

  test("a week seen again is not opened again; anything the server changed is opened afresh", async () => {
    const key = await practiceKey();
    const ring = new Map([[1, key.privateKey]]);
    const entries = await Promise.all(Array.from({ length: 9 }, (_, i) => entry(key.publicKey, 1, i)));
    const first = await decryptInWorkers(practiceId, ring, entries);
    expect([lastDecryption.opened, lastDecryption.reused]).toEqual([9, 0]);

    const again = await decryptInWorkers(practiceId, ring, entries.map((e, i) => (i === 0 ? { ...e, status: "ARRIVED" } : e)));
    expect([lastDecryption.opened, lastDecryption.reused]).toEqual([0, 9]);
    expect(again.bookings.map((b) => b.content)).toEqual(first.bookings.map((b) => b.content));
    expect(again.bookings.find((b) => b.bookingId === entries[0]?.bookingId)?.status).toBe("ARRIVED");

    // Another booking's ciphertext under this id, or slots the content does not name: opened
    // afresh, where each fails and is counted, never shown from memory.
    const [a, b, c] = entries as [AgendaEntry, AgendaEntry, AgendaEntry];
    const altered = [{ ...a, ciphertext: b.ciphertext }, { ...c, slotIds: b.slotIds }, ...entries.slice(3)];
    const checked = await decryptInWorkers(practiceId, ring, altered);
    expect([lastDecryption.opened, lastDecryption.reused]).toEqual([2, 6]);
    expect(checked.problems).toBe(2);
    expect(checked.bookings).toHaveLength(6);

    // Asked for another practice: nothing matches, nothing is shown.
    const other = await decryptInWorkers("00000000-0000-4000-8000-000000000000", ring, entries);
    expect(other.bookings).toEqual([]);
    expect(other.problems).toBe(9);

    // A keyring opened again (after a rotation or a new session) starts with nothing opened.
    await decryptInWorkers(practiceId, new Map(ring), entries);
    expect([lastDecryption.opened, lastDecryption.reused]).toEqual([9, 0]);
  });

  test("batches (the agenda's days) are handed over one by one, in order, each sorted, then merged", async () => {
    const key = await practiceKey();
    const ring = new Map([[1, key.privateKey]]);
    const entries = await Promise.all(Array.from({ length: 7 }, (_, i) => entry(key.publicKey, 1, i)));
    const batches = [[entries[3], entries[0]], [], [entries[6], entries[1], entries[4]], [entries[2], entries[5]]] as AgendaEntry[][];
    const seen: [number, string[]][] = [];
    const view = await decryptInBatches(practiceId, ring, batches, (index, batch) => {
      seen.push([index, batch.bookings.map((b) => b.content.reason ?? "")]);
    });
    expect(seen).toEqual([
      [0, ["Motif 0", "Motif 3"]],
      [1, []],
      [2, ["Motif 1", "Motif 4", "Motif 6"]],
      [3, ["Motif 2", "Motif 5"]],
    ]);
    expect(view.bookings).toHaveLength(7);
    expect([lastDecryption.opened, lastDecryption.reused]).toEqual([7, 0]);
  });
});
