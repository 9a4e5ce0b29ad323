import { type Bytes, concat, equalBytes } from "../../crypto";
import type { KeyEntry } from "../../log/key-entry";

/** The log's tree head: 0x01 || u64 size || 32-byte root || u64 ms, as TreeHead in Java. */
export interface TreeHead {
  readonly size: number;
  readonly rootHash: Bytes;
  readonly timestampMillis: number;
}

function u64(value: number): Bytes {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

export function encodeTreeHead(head: TreeHead): Bytes {
  return concat([1], u64(head.size), head.rootHash, u64(head.timestampMillis));
}

/** Entry kinds of transparency/EntryKind.java that the app checks. */
export const EntryKind = { PRACTICE_KEY: 0x03, ISSUER_EPOCH_KEY: 0x04 } as const;

/** The token issuer's fixed subject id (new UUID(0, 4)). */
export const TOKEN_ISSUER_SUBJECT = "00000000-0000-0000-0000-000000000004";

export { decodeKeyEntry } from "../../log/key-entry";

/** Whether the entry records exactly `publicKey` as `version` of `subject`. */
export function records(
  entry: KeyEntry,
  kind: number,
  subject: string,
  version: number,
  publicKey: Uint8Array,
): boolean {
  return (
    entry.kind === kind &&
    entry.subject === subject.toLowerCase() &&
    entry.version === version &&
    equalBytes(entry.publicKey, publicKey)
  );
}
