import { type Bytes, ByteReader, MalformedInputError, concat, equalBytes } from "../../crypto";
import { uuidBytes } from "../keybundle";

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

interface KeyEntry {
  readonly kind: number;
  readonly subject: Bytes;
  readonly version: number;
  readonly publicKey: Bytes;
}

/**
 * 0x01 || u8 kind || 16-byte subject || u32 version || u64 time || u16 n || key || u16 m || sig,
 * as KeyEntry.decode in Java.
 */
export function decodeKeyEntry(encoded: Uint8Array): KeyEntry {
  const reader = new ByteReader(encoded, "key entry");
  if (reader.u8("format version") !== 1) {
    throw new MalformedInputError("key entry: unsupported format version");
  }
  const kind = reader.u8("kind");
  const subject = reader.take(16, "subject id");
  const version = reader.u32("key version");
  reader.take(8, "timestamp");
  const u16 = (field: string): number => {
    const b = reader.take(2, field);
    return ((b[0] ?? 0) << 8) | (b[1] ?? 0);
  };
  const publicKey = reader.take(u16("key length"), "public key");
  const signatureLength = u16("signature length");
  reader.take(signatureLength, "owner signature");
  reader.requireEnd();
  if (version < 1 || publicKey.length === 0 || (signatureLength !== 0 && signatureLength !== 64)) {
    throw new MalformedInputError("key entry: version, key or signature out of range");
  }
  return { kind, subject, version, publicKey };
}

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
    equalBytes(entry.subject, uuidBytes(subject)) &&
    entry.version === version &&
    equalBytes(entry.publicKey, publicKey)
  );
}
