import { equalBytes } from "../crypto";
import { type AgendaEntry, decryptAgenda } from "./agenda-decrypt";
import { warmUp } from "./agenda-warmup";

/**
 * A Web Worker that decrypts a share of the agenda (agenda-workers.ts splits it). It holds the
 * practice keys it was sent, in memory only, reusing the same arrays from one request to the next
 * so that each key's X-Wing expansion (cached per array in crypto/wrap.ts) is done once per worker.
 */
export interface DecryptRequest {
  id: number;
  practiceId: string;
  ring: [number, Uint8Array][];
  entries: AgendaEntry[];
}

const kept: Uint8Array[] = [];

function stable(key: Uint8Array): Uint8Array {
  const found = kept.find((k) => equalBytes(k, key));
  if (found !== undefined) return found;
  kept.push(key);
  return key;
}

/**
 * Requests are answered one at a time, in the order received: the agenda posts a week's days
 * together and shows each as it comes back, so Monday must not wait for Sunday's decapsulations.
 */
let queue: Promise<void> = warmUp().catch(() => undefined);

self.onmessage = (event: MessageEvent<DecryptRequest>) => {
  queue = queue.then(() => answer(event.data));
};

async function answer({ id, practiceId, ring, entries }: DecryptRequest): Promise<void> {
  const started = performance.now();
  try {
    const keys = new Map(ring.map(([version, key]) => [version, stable(key)]));
    const view = await decryptAgenda(practiceId, keys, entries);
    // The time this worker spent on its share, for the benchmark's per-booking figure.
    self.postMessage({ id, view, busyMs: performance.now() - started });
  } catch {
    self.postMessage({ id, failed: true });
  }
}
