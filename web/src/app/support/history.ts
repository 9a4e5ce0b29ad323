import { toHex } from "../../crypto";
import { leafHash, verifyInclusion } from "../../log/merkle";
import type { Session } from "../account";
import { ApiError, api, fromBase64 } from "../api";
import { refreshTreeHead } from "../log/directory";

/**
 * AccessHistory of the Java SDK: every log entry the server lists for a ticket, each checked to be
 * included in a tree head this browser verified (signed by the pinned log key, consistent with the
 * last head seen). Unlike the SDK, which refuses the whole history, each event carries its own
 * verdict so the page can mark the one that failed.
 */
export interface SupportEvent {
  kind: number;
  agentId: string;
  ticketId: string;
  disclosureId: string;
  scopeHash: Uint8Array;
  timeMillis: number;
  expiresMillis: number;
}

const QUEUED_ATTEMPTS = 10;
const QUEUED_PAUSE_MS = 500;

export const SUPPORT_EVENT_LENGTH = 2 + 3 * 16 + 32 + 16;

function uuid(bytes: Uint8Array): string {
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 0x01 || u8 kind (0x10..0x16) || agent || ticket || disclosure || scope hash || u64 time || u64 expiry. */
export function decodeSupportEvent(entry: Uint8Array): SupportEvent {
  if (entry.length !== SUPPORT_EVENT_LENGTH) throw new RangeError("support event: wrong length");
  if (entry[0] !== 1) throw new RangeError("support event: unsupported format version");
  const kind = entry[1] ?? 0;
  if (kind < 0x10 || kind > 0x16) throw new RangeError("support event: unknown kind");
  const view = new DataView(entry.buffer, entry.byteOffset, entry.byteLength);
  const time = view.getBigUint64(82);
  const expires = view.getBigUint64(90);
  if (time >= 1n << 63n || expires >= 1n << 63n) throw new RangeError("support event: negative time");
  return {
    kind,
    agentId: uuid(entry.subarray(2, 18)),
    ticketId: uuid(entry.subarray(18, 34)),
    disclosureId: uuid(entry.subarray(34, 50)),
    scopeHash: entry.slice(50, 82),
    timeMillis: Number(time),
    expiresMillis: Number(expires),
  };
}

export interface CheckedEvent {
  event: SupportEvent | null;
  verified: boolean;
}

interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  path: string[];
}

export async function verifiedHistory(session: Session, ticketId: string): Promise<CheckedEvent[]> {
  const { entries } = await api<{ entries: string[] }>("GET", `/v1/support/tickets/${ticketId}/events`, undefined, session.token);
  let head = await refreshTreeHead();
  const out: CheckedEvent[] = [];
  for (const encoded of entries) {
    const entry = fromBase64(encoded);
    let event: SupportEvent | null = null;
    try {
      event = decodeSupportEvent(entry);
      if (event.ticketId !== ticketId.toLowerCase()) throw new RangeError("an event of another ticket");
      const leaf = await leafHash(entry);
      let proof: InclusionProof | undefined;
      for (let attempt = 1; proof === undefined; attempt++) {
        try {
          proof = await api<InclusionProof>("GET", `/v1/log/proof/inclusion?leafHash=${toHex(leaf)}&treeSize=${head.size}`);
        } catch (error) {
          // An event of the last seconds is queued until the next tree head, as keys are.
          if (!(error instanceof ApiError) || attempt >= QUEUED_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, QUEUED_PAUSE_MS));
          head = await refreshTreeHead();
        }
      }
      await verifyInclusion(proof.leafIndex, head.size, leaf, proof.path.map(fromBase64), head.rootHash);
      out.push({ event, verified: true });
    } catch {
      out.push({ event, verified: false });
    }
  }
  return out;
}
