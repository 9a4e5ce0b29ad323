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

/** Set while the worker warms up; the first request waits for it (see agenda-warmup.ts). */
let warming: Promise<void> | null = warmUp().catch(() => undefined);

self.onmessage = async (event: MessageEvent<DecryptRequest>) => {
  const { id, practiceId, ring, entries } = event.data;
  if (warming !== null) {
    await warming;
    warming = null;
  }
  const started = performance.now();
  try {
    const keys = new Map(ring.map(([version, key]) => [version, stable(key)]));
    const view = await decryptAgenda(practiceId, keys, entries);
    // The time this worker spent on its share, for the benchmark's per-booking figure.
    self.postMessage({ id, view, busyMs: performance.now() - started });
  } catch {
    self.postMessage({ id, failed: true });
  }
};
