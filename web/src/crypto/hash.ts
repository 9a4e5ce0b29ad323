import { type Bytes, concat, utf8 } from "./bytes";

export async function sha256(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", concat(data)));
}

/** SHA-256(utf8(label) || 0x00 || data): LabelledHash in the Java module. */
export async function labelledHash(label: string, data: Uint8Array): Promise<Bytes> {
  return sha256(concat(utf8(label), new Uint8Array([0]), data));
}

/** HKDF-SHA256; an empty salt is RFC 5869's "no salt" (HMAC pads it to zeros). */
export async function hkdf(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Promise<Bytes> {
  if (ikm.length === 0) {
    throw new Error("HKDF needs input key material");
  }
  const key = await crypto.subtle.importKey("raw", concat(ikm), "HKDF", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: concat(salt), info: concat(info) },
    key,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** A 32-byte subkey named by a label: Hkdf.subkey in the Java module. */
export function subkey(key: Uint8Array, label: string): Promise<Bytes> {
  return hkdf(key, new Uint8Array(0), utf8(label), 32);
}
