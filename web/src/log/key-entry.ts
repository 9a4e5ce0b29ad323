import { ByteReader, type Bytes, concat, fromHex } from "../crypto/bytes";
import { CryptoError } from "../crypto/errors";
import { sign, verify } from "../crypto/signature";
import { MalformedEntryError, OwnerSignatureError } from "./errors";

/**
 * A key directory entry, as org.aparte.transparency.KeyEntry: 0x01 || u8 kind || 16-byte subject ||
 * u32 version || u64 timestamp (ms) || u16 n || public key || u16 m || owner signature (0 or 64).
 * The owner signs the owner statement, the same encoding with timestamp 0 and no signature, because
 * the server stamps the time after the owner signed.
 */
export const KeyEntryKind = {
  ACCOUNT_ENCRYPTION_KEY: 0x01,
  ACCOUNT_SIGNING_KEY: 0x02,
  PRACTICE_KEY: 0x03,
  ISSUER_EPOCH_KEY: 0x04,
  NOTIFIER_KEY: 0x05,
  SUPPORT_AGENT_KEY: 0x06,
  SUPPORT_TEAM_KEY: 0x07,
  WEB_BUNDLE: 0x08,
} as const;

export interface KeyEntry {
  readonly kind: number;
  readonly subject: string;
  readonly version: number;
  readonly timestamp: number;
  readonly publicKey: Bytes;
  readonly ownerSignature: Bytes;
}

const FORMAT_VERSION = 1;
const CONTEXT = "key-entry";
const KNOWN_KINDS = new Set<number>(Object.values(KeyEntryKind));

function u16(value: number): Bytes {
  return new Uint8Array([value >>> 8, value & 0xff]);
}

function uuidBytes(uuid: string): Bytes {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new MalformedEntryError("key entry: the subject is not a UUID");
  }
  return fromHex(hex);
}

export function encodeKeyEntry(entry: KeyEntry): Bytes {
  const fixed = new DataView(new ArrayBuffer(12));
  fixed.setUint32(0, entry.version);
  fixed.setBigUint64(4, BigInt(entry.timestamp));
  return concat(
    [FORMAT_VERSION, entry.kind],
    uuidBytes(entry.subject),
    new Uint8Array(fixed.buffer),
    u16(entry.publicKey.length),
    entry.publicKey,
    u16(entry.ownerSignature.length),
    entry.ownerSignature,
  );
}

/** What the owner of `publicKey` signs to register it. */
export function ownerStatement(
  kind: number,
  subject: string,
  version: number,
  publicKey: Bytes,
): Bytes {
  const ownerSignature = new Uint8Array(0);
  return encodeKeyEntry({ kind, subject, version, timestamp: 0, publicKey, ownerSignature });
}

export function signOwnEntry(
  signingPrivateKey: Uint8Array,
  kind: number,
  subject: string,
  version: number,
  publicKey: Bytes,
): Bytes {
  return sign(signingPrivateKey, CONTEXT, ownerStatement(kind, subject, version, publicKey));
}

/** Throws OwnerSignatureError unless `entry` carries a valid signature by `ownerPublicKey`. */
export function verifyOwnerSignature(entry: KeyEntry, ownerPublicKey: Uint8Array): void {
  if (entry.ownerSignature.length === 0) {
    throw new OwnerSignatureError("key entry: carries no owner signature");
  }
  const statement = ownerStatement(entry.kind, entry.subject, entry.version, entry.publicKey);
  try {
    verify(ownerPublicKey, CONTEXT, statement, entry.ownerSignature);
  } catch (e) {
    if (e instanceof CryptoError) {
      throw new OwnerSignatureError("key entry: not signed by its owner's key");
    }
    throw e;
  }
}

export function hexUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function decodeKeyEntry(encoded: Uint8Array): KeyEntry {
  try {
    const reader = new ByteReader(encoded, "key entry");
    const format = reader.u8("format version");
    if (format !== FORMAT_VERSION) {
      throw new MalformedEntryError(`key entry: unsupported format version ${format}`);
    }
    const kind = reader.u8("kind");
    if (!KNOWN_KINDS.has(kind)) {
      throw new MalformedEntryError(`key entry: unknown kind ${kind}`);
    }
    const subject = hexUuid(reader.take(16, "subject id"));
    const version = reader.u32("key version");
    const time = reader.take(8, "timestamp");
    const timestamp = Number(new DataView(time.buffer).getBigUint64(0));
    const publicKey = reader.take(readU16(reader, "key length"), "public key");
    const ownerSignature = reader.take(readU16(reader, "signature length"), "owner signature");
    reader.requireEnd();
    if (version < 1 || publicKey.length === 0) {
      throw new MalformedEntryError("key entry: version or key out of range");
    }
    if (ownerSignature.length !== 0 && ownerSignature.length !== 64) {
      throw new MalformedEntryError("key entry: an owner signature has 64 bytes");
    }
    return { kind, subject, version, timestamp, publicKey, ownerSignature };
  } catch (e) {
    if (e instanceof CryptoError) {
      throw new MalformedEntryError(e.message);
    }
    throw e;
  }
}

function readU16(reader: ByteReader, field: string): number {
  const b = reader.take(2, field);
  return ((b[0] ?? 0) << 8) | (b[1] ?? 0);
}
