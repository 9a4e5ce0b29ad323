import { type AgendaBooking, type AgendaEntry, type AgendaView, decryptAgenda } from "./agenda-decrypt";
import { OpenedBookings } from "./agenda-opened";
import type { DecryptRequest } from "./agenda-worker";

/**
 * The agenda is decrypted in parallel: one X-Wing decapsulation per booking is CPU-bound
 * JavaScript, so the entries are split across Web Workers (as many as the machine has cores, at
 * most four), started on first use and kept for the page's life. Without workers (an old browser,
 * the unit tests under Node) or if one fails, the same function runs on the main thread.
 */
type Answer = { id: number; view?: AgendaView; failed?: boolean; busyMs?: number };

let pool: Worker[] | null | undefined;
const MIN_FOR_WORKERS = 64;
let nextId = 0;
const pending = new Map<number, (answer: Answer) => void>();

function workers(): Worker[] | null {
  if (pool !== undefined) return pool;
  try {
    const count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
    pool = Array.from({ length: count }, () => {
      const worker = new Worker(new URL("./agenda-worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<Answer>) => {
        pending.get(event.data.id)?.(event.data);
        pending.delete(event.data.id);
      };
      // A worker that cannot start or crashes: every request still waiting falls back, and later
      // agendas are decrypted on the main thread.
      worker.onerror = () => {
        pool = null;
        for (const [id, resolve] of pending) resolve({ id, failed: true });
        pending.clear();
      };
      return worker;
    });
  } catch {
    pool = null;
  }
  return pool;
}

/**
 * Starts the workers ahead of the first agenda (each warms up on a throwaway key as it starts), so
 * that a week opened from the day view finds them ready. Called when the agenda opens its keyring.
 */
export function prepareWorkers(): void {
  if (typeof Worker !== "undefined") workers();
}

function ask(worker: Worker, request: Omit<DecryptRequest, "id">): Promise<Answer> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, ...request });
  });
}

/** How the last agenda was decrypted, for the benchmark (workers 0: on the main thread). */
export const lastDecryption = { workers: 0, opened: 0, reused: 0, totalMs: 0, busyMs: [] as number[] };

/** What each keyring has opened in this page (memory only; goes when the keyring goes). */
const openedWith = new WeakMap<Map<number, Uint8Array>, OpenedBookings>();

export async function decryptInWorkers(practiceId: string, ring: Map<number, Uint8Array>, entries: AgendaEntry[]): Promise<AgendaView> {
  const started = performance.now();
  let opened = openedWith.get(ring);
  if (opened === undefined) {
    opened = new OpenedBookings();
    openedWith.set(ring, opened);
  }
  const { known, unknown } = opened.split(practiceId, entries);
  const fresh = await decryptSplit(practiceId, ring, unknown);
  opened.remember(unknown, fresh.bookings);
  const bookings = [...known, ...fresh.bookings];
  bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  Object.assign(lastDecryption, { opened: unknown.length, reused: known.length, totalMs: performance.now() - started });
  return { bookings, problems: fresh.problems };
}

async function decryptSplit(practiceId: string, ring: Map<number, Uint8Array>, entries: AgendaEntry[]): Promise<AgendaView> {
  // A day's handful opens faster on the main thread than it travels to a worker that may still be
  // warming up; the workers take the weeks.
  const all = entries.length < MIN_FOR_WORKERS || typeof Worker === "undefined" ? null : workers();
  lastDecryption.workers = 0;
  lastDecryption.busyMs = [];
  if (all === null) return decryptAgenda(practiceId, ring, entries);
  // Interleaved shares, so each worker gets as many early and late bookings as the others.
  const shares = all.map((_, w) => entries.filter((_, i) => i % all.length === w));
  const answers = await Promise.all(all.map((worker, w) => ask(worker, { practiceId, ring: [...ring], entries: shares[w] ?? [] })));
  if (answers.some((a) => a.view === undefined)) return decryptAgenda(practiceId, ring, entries);
  lastDecryption.workers = all.length;
  lastDecryption.busyMs = answers.map((a) => Math.round(a.busyMs ?? 0));
  const bookings: AgendaBooking[] = answers.flatMap((a) => a.view?.bookings ?? []);
  bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { bookings, problems: entries.length - bookings.length };
}
