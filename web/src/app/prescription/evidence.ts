import { ByteReader } from "../../crypto/bytes";
import type { TreeHead } from "../log/entries";
import { MalformedCodeError, base45Decode } from "./base45";

/**
 * The QR payload (docs/protocol.md, "QR payload"), as EvidenceCodec.java reads it:
 * 0x01 || u16 n || encoding || 64-byte signature || u16 m || key entry || u64 leaf index
 *   || u8 k || k × 32-byte path || 49-byte tree head (0x01, size, root, time) || 64-byte signature
 */
export interface Evidence {
  readonly encoded: Uint8Array;
  readonly signature: Uint8Array;
  readonly keyEntry: Uint8Array;
  readonly leafIndex: number;
  readonly path: Uint8Array[];
  readonly treeHead: TreeHead;
  readonly treeHeadBytes: Uint8Array;
  readonly treeHeadSignature: Uint8Array;
}

const PREFIX = "RX1:";

export function parseEvidence(qrText: string): Evidence {
  const text = qrText.trim();
  if (!text.startsWith(PREFIX)) throw new MalformedCodeError("not an Aparté prescription code (RX1:)");
  const reader = new ByteReader(base45Decode(text.slice(PREFIX.length)), "prescription code");
  try {
    if (reader.u8("version") !== 1) throw new MalformedCodeError("unsupported code version");
    const encoded = reader.take(u16(reader, "prescription length"), "prescription");
    const signature = reader.take(64, "signature");
    const keyEntry = reader.take(u16(reader, "key entry length"), "key entry");
    const leafIndex = u64(reader, "leaf index");
    const count = reader.u8("path length");
    const path: Uint8Array[] = [];
    for (let i = 0; i < count; i++) path.push(reader.take(32, "path"));
    const treeHeadBytes = reader.take(49, "tree head");
    const treeHeadSignature = reader.take(64, "tree head signature");
    reader.requireEnd();
    const head = new ByteReader(treeHeadBytes, "tree head");
    if (head.u8("tree head version") !== 1) throw new MalformedCodeError("unsupported tree head");
    const treeHead = { size: u64(head, "size"), rootHash: head.take(32, "root"), timestampMillis: u64(head, "time") };
    return { encoded, signature, keyEntry, leafIndex, path, treeHead, treeHeadBytes, treeHeadSignature };
  } catch (e) {
    throw e instanceof MalformedCodeError ? e : new MalformedCodeError((e as Error).message);
  }
}

function u16(reader: ByteReader, field: string): number {
  const b = reader.take(2, field);
  return ((b[0] ?? 0) << 8) | (b[1] ?? 0);
}

function u64(reader: ByteReader, field: string): number {
  const b = reader.take(8, field);
  const value = new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new MalformedCodeError(`${field} out of range`);
  return Number(value);
}
