import { KeyKind, decodePrivateKey, decodePublicKey, encodeKey, publicKeyOf, secureRandom, sealRecord, utf8, wrapKey } from "../src/crypto";
import { toBase64 } from "../src/app/api";
import { type AgendaEntry, decryptAgenda } from "../src/app/agenda-decrypt";
import { decryptInWorkers, lastDecryption, prepareWorkers } from "../src/app/agenda-workers";
import { uuidBytes } from "../src/app/keybundle";

/**
 * Decrypts a synthetic week of bookings in this Chromium, without a server: the agenda's own code
 * (workers and main thread), on entries sealed here exactly as a patient's browser seals them.
 * Driven by bench/agenda-run.mjs, which reads the JSON written into #out.
 */
const count = Number(new URLSearchParams(location.search).get("n") ?? "1000");
const practiceId = crypto.randomUUID();

async function sealEntries(publicKey: Uint8Array, n: number): Promise<AgendaEntry[]> {
  const recipient = decodePublicKey(publicKey);
  const entries: AgendaEntry[] = [];
  for (let i = 0; i < n; i++) {
    const bookingId = crypto.randomUUID();
    const slotIds = [`${crypto.randomUUID()}@2030-01-0${1 + (i % 7)}T08:${String(i % 60).padStart(2, "0")}:00Z`];
    const content = {
      patient: { firstName: `Patient${i}`, lastName: "Charge", birthDate: null, socialSecurityNumber: null, phone: null, email: null },
      forRelative: null, reason: `Motif ${i}`, visitTypeId: "v", visitTypeName: "Consultation", slotIds, practiceId, bookedAt: new Date().toISOString(),
    };
    const dataKey = secureRandom(32);
    const id = uuidBytes(bookingId);
    entries.push({
      bookingId, slotIds, status: "CONFIRMED", keyVersion: 1,
      ciphertext: toBase64(await sealRecord(dataKey, "booking", id, utf8(JSON.stringify(content)))),
      wrappedKey: toBase64(await wrapKey(dataKey, recipient, "booking", id)),
    });
  }
  return entries;
}

async function run(): Promise<Record<string, unknown>> {
  const privateKey = encodeKey(KeyKind.X_WING, secureRandom(32));
  const publicKey = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(privateKey)));
  prepareWorkers();
  const warm = await sealEntries(publicKey, 100);
  const week = await sealEntries(publicKey, count);
  const ring = new Map([[1, privateKey]]);
  // ?hold: waits for the driver (a profiler attaching) before measuring anything.
  if (new URLSearchParams(location.search).has("hold")) {
    document.getElementById("out")!.textContent = "sealed";
    await new Promise((resolve) => Object.assign(window, { measure: resolve }));
  }
  // The workers' own warm-up, then a first real request, as the day view would make.
  await decryptInWorkers(practiceId, new Map([[1, privateKey.slice()]]), warm);
  let started = performance.now();
  const inWorkers = await decryptInWorkers(practiceId, ring, week);
  const workersMs = performance.now() - started;
  const workers = { ...lastDecryption };
  await decryptAgenda(practiceId, ring, warm);
  started = performance.now();
  const onMain = await decryptAgenda(practiceId, ring, week);
  const mainMs = performance.now() - started;
  return {
    count, cores: navigator.hardwareConcurrency,
    workersMs: Math.round(workersMs), workersBusyMs: workers.busyMs, workersOpened: inWorkers.bookings.length,
    mainMs: Math.round(mainMs), mainPerBookingMs: Number((mainMs / count).toFixed(3)), mainOpened: onMain.bookings.length,
  };
}

run().then(
  (result) => { document.getElementById("out")!.textContent = JSON.stringify(result); },
  (error: unknown) => { document.getElementById("out")!.textContent = `failed: ${String(error)}`; },
);
