import { type AgendaBooking, type AgendaEntry, type AgendaView, decryptAgenda } from "./agenda-decrypt";
import { OpenedBookings } from "./agenda-opened";
import type { DecryptRequest } from "./agenda-worker";

/**
 * The agenda is decrypted in parallel: one X-Wing decapsulation per booking is CPU-bound
 * JavaScript, so the entries are split across Web Workers (as many as the machine has cores, at
 * most four), started on first use and kept for the page's life. Without workers (an old browser,
 * the unit tests under Node) or if one fails, the same function runs on the main thread.
 *
 * The entries come in batches (the agenda's days, in the order they are shown). Every worker gets
 * its share of every batch at once and answers them in order, so the first day is ready after a
 * seventh of the work and the page builds its rows while the workers go on with the next days.
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

function openedFor(ring: Map<number, Uint8Array>): OpenedBookings {
  let opened = openedWith.get(ring);
  if (opened === undefined) {
    opened = new OpenedBookings();
    openedWith.set(ring, opened);
  }
  return opened;
}

export function decryptInWorkers(practiceId: string, ring: Map<number, Uint8Array>, entries: AgendaEntry[]): Promise<AgendaView> {
  return decryptInBatches(practiceId, ring, [entries], () => undefined);
}

/**
 * Decrypts each batch and hands it to `onBatch`, sorted by start, in the batches' order, each as
 * soon as it and those before it are done; resolves with every batch merged. Bookings already
 * opened with this keyring are taken from memory (agenda-opened.ts). A batch of fewer than
 * MIN_FOR_WORKERS bookings to open is opened on the main thread: a day's handful opens faster
 * there than it travels to a worker that may still be warming up; the workers take the busy days.
 */
export async function decryptInBatches(
  practiceId: string,
  ring: Map<number, Uint8Array>,
  batches: readonly AgendaEntry[][],
  onBatch: (index: number, view: AgendaView) => void,
): Promise<AgendaView> {
  const started = performance.now();
  const opened = openedFor(ring);
  const all = typeof Worker === "undefined" ? null : workers();
  const busy = (all ?? []).map(() => 0);
  const counts = { opened: 0, reused: 0, inWorkers: false };
  // Every batch goes to the workers now; each worker answers in the order asked.
  const decrypting = batches.map(async (batch) => {
    const { known, unknown } = opened.split(practiceId, batch);
    counts.opened += unknown.length;
    counts.reused += known.length;
    const viaWorkers = all !== null && unknown.length >= MIN_FOR_WORKERS;
    counts.inWorkers ||= viaWorkers;
    const fresh = (viaWorkers ? await inWorkers(all, practiceId, ring, unknown, busy) : null) ?? (await decryptAgenda(practiceId, ring, unknown));
    opened.remember(unknown, fresh.bookings);
    return { bookings: byStart([...known, ...fresh.bookings]), problems: fresh.problems };
  });
  // Handled here as well, so a later batch failing while an earlier one is awaited is not reported
  // as unhandled; the loop below meets the same failure in its turn.
  Promise.all(decrypting).catch(() => undefined);
  const views: AgendaView[] = [];
  for (const [index, decrypted] of decrypting.entries()) {
    const view = await decrypted;
    views.push(view);
    onBatch(index, view);
  }
  Object.assign(lastDecryption, {
    workers: counts.inWorkers ? (all?.length ?? 0) : 0,
    opened: counts.opened,
    reused: counts.reused,
    totalMs: performance.now() - started,
    busyMs: counts.inWorkers ? busy.map(Math.round) : [],
  });
  return { bookings: views.flatMap((v) => v.bookings), problems: views.reduce((n, v) => n + v.problems, 0) };
}

/** One batch split across the workers; null if a worker failed (the caller opens it itself). */
async function inWorkers(
  all: Worker[],
  practiceId: string,
  ring: Map<number, Uint8Array>,
  entries: AgendaEntry[],
  busy: number[],
): Promise<AgendaView | null> {
  if (entries.length === 0) return { bookings: [], problems: 0 };
  // Interleaved shares, so each worker gets as many early and late bookings as the others.
  const shares = all.map((_, w) => entries.filter((_, i) => i % all.length === w));
  const answers = await Promise.all(all.map((worker, w) => ask(worker, { practiceId, ring: [...ring], entries: shares[w] ?? [] })));
  if (answers.some((a) => a.view === undefined)) return null;
  answers.forEach((a, w) => (busy[w] = (busy[w] ?? 0) + (a.busyMs ?? 0)));
  const bookings: AgendaBooking[] = answers.flatMap((a) => a.view?.bookings ?? []);
  return { bookings, problems: entries.length - bookings.length };
}

function byStart(bookings: AgendaBooking[]): AgendaBooking[] {
  return bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
