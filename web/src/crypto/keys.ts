import { ed25519, x25519 } from "@noble/curves/ed25519.js";
import { ByteReader, type Bytes, concat, copy } from "./bytes";
import { MalformedInputError, UnsupportedVersionError } from "./errors";
import { labelledHash } from "./hash";
import { Labels } from "./labels";

/**
 * Key encodings, as org.aparte.crypto.keys: public key = 0x01 || kind || raw key; private key =
 * 0x01 || kind || 32 bytes; key id = SHA-256(utf8("aparte/key-id/v1") || 0x00 || public key)[0..16].
 */
export const KeyKind = { X_WING: 0x01, ED25519: 0x02, X25519: 0x03 } as const;
export type KeyKind = (typeof KeyKind)[keyof typeof KeyKind];

const PUBLIC_LENGTH: Record<KeyKind, number> = { 1: 1216, 2: 32, 3: 32 };
const VERSION = 0x01;
const KEY_ID_LENGTH = 16;
const ML_KEM_Q = 3329;
const ML_KEM_T_LENGTH = 1152;

export interface DecodedKey {
  readonly kind: KeyKind;
  readonly raw: Bytes;
}

function readKind(reader: ByteReader, what: string): KeyKind {
  const version = reader.u8("version");
  if (version !== VERSION) {
    throw new UnsupportedVersionError(`${what}: unknown version ${version}`);
  }
  const code = reader.u8("kind");
  if (code !== 1 && code !== 2 && code !== 3) {
    throw new UnsupportedVersionError(`unknown key kind ${code}`);
  }
  return code;
}

function readRaw(reader: ByteReader, length: number, what: string): Bytes {
  if (reader.remaining() !== length) {
    throw new MalformedInputError(`${what}: key needs exactly ${length} bytes`);
  }
  return reader.take(length, "key");
}

export function encodeKey(kind: KeyKind, raw: Uint8Array): Bytes {
  return concat([VERSION, kind], raw);
}

/** Decodes a public key and validates it, so a hostile server cannot hand out a broken key. */
export function decodePublicKey(encoded: Uint8Array): DecodedKey {
  const what = "public key";
  const reader = new ByteReader(encoded, what);
  const kind = readKind(reader, what);
  const raw = readRaw(reader, PUBLIC_LENGTH[kind], what);
  if (kind === KeyKind.ED25519) {
    try {
      ed25519.Point.fromBytes(raw);
    } catch {
      throw new MalformedInputError(`${what}: not a valid Ed25519 point`);
    }
  } else {
    if (kind === KeyKind.X_WING && !mlKemModulusHolds(raw)) {
      throw new MalformedInputError(`${what}: ML-KEM part fails the modulus check`);
    }
    if (isLowOrderX25519(raw.subarray(raw.length - 32))) {
      throw new MalformedInputError(`${what}: X25519 part is a low-order point`);
    }
  }
  return { kind, raw };
}

export function decodePrivateKey(encoded: Uint8Array): DecodedKey {
  const what = "private key";
  const reader = new ByteReader(encoded, what);
  const kind = readKind(reader, what);
  return { kind, raw: readRaw(reader, 32, what) };
}

export async function keyId(encodedPublicKey: Uint8Array): Promise<Bytes> {
  return copy((await labelledHash(Labels.KEY_ID, encodedPublicKey)).subarray(0, KEY_ID_LENGTH));
}

/** FIPS 203 encapsulation-key check: every 12-bit coefficient of t is below q. */
function mlKemModulusHolds(xWingPublic: Uint8Array): boolean {
  for (let i = 0; i < ML_KEM_T_LENGTH; i += 3) {
    const b0 = xWingPublic[i] ?? 0;
    const b1 = xWingPublic[i + 1] ?? 0;
    const b2 = xWingPublic[i + 2] ?? 0;
    if ((b0 | ((b1 & 0x0f) << 8)) >= ML_KEM_Q || ((b1 >> 4) | (b2 << 4)) >= ML_KEM_Q) {
      return false;
    }
  }
  return true;
}

/** Low-order points (RFC 7748 section 6.1) make every agreement all-zero; noble refuses them. */
function isLowOrderX25519(publicKey: Uint8Array): boolean {
  try {
    x25519.getSharedSecret(new Uint8Array(32).fill(9), publicKey);
    return false;
  } catch {
    return true;
  }
}
