import { type Bytes, concat } from "../crypto/bytes";
import { MalformedHashError } from "./errors";

/**
 * RFC 9162 section 2.1.1 hashing with SHA-256: TreeHashes in the Java module. The 0x00 and 0x01
 * prefixes keep a leaf from ever being read as an interior node (a second-preimage attack).
 */
export const HASH_LENGTH = 32;

async function sha256(...parts: Uint8Array[]): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", concat(...parts)));
}

/** MTH({}) = SHA-256 of the empty string. */
export function emptyRoot(): Promise<Bytes> {
  return sha256();
}

/** SHA-256(0x00 || entry). */
export function leafHash(entry: Uint8Array): Promise<Bytes> {
  return sha256(new Uint8Array([0x00]), entry);
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Bytes> {
  return sha256(new Uint8Array([0x01]), left, right);
}

export function requireHash(hash: Uint8Array, what: string): void {
  if (hash.length !== HASH_LENGTH) {
    throw new MalformedHashError(`${what}: ${hash.length} bytes, not ${HASH_LENGTH}`);
  }
}
