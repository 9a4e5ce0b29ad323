import { type Bytes, concat, equalBytes } from "./bytes";
import { MalformedInputError } from "./errors";

/**
 * A booking-token issuer's RSA public key: IssuerPublicKey in the Java module. Its wire form is the
 * DER SubjectPublicKeyInfo; it is imported for RSA-PSS with SHA-384 (RFC 9474
 * RSABSSA-SHA384-PSS-Randomized) and kept extractable because blinding needs n and e.
 */
export interface IssuerPublicKey {
  readonly key: CryptoKey;
  readonly encoded: Bytes;
  /** Length in bytes of signatures and blinded messages under this key. */
  readonly modulusLength: number;
}

/** Below 2048 bits RSA no longer gives 112-bit security; refused everywhere, as in Java. */
export const MIN_MODULUS_BITS = 2048;
const MAX_ENCODED_LENGTH = 2048;

/** Parses a DER SubjectPublicKeyInfo; refuses anything but a canonical RSA key of 2048+ bits. */
export async function importIssuerKey(der: Uint8Array): Promise<IssuerPublicKey> {
  if (der.length === 0 || der.length > MAX_ENCODED_LENGTH) {
    throw new MalformedInputError("issuer public key: missing or oversized");
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      "spki",
      concat(der),
      { name: "RSA-PSS", hash: "SHA-384" },
      true,
      ["verify"],
    );
  } catch {
    throw new MalformedInputError("issuer public key: not an RSA SubjectPublicKeyInfo");
  }
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < MIN_MODULUS_BITS) {
    throw new MalformedInputError("issuer public key: modulus shorter than 2048 bits");
  }
  // Re-encoding must give the same bytes, so a key has one encoding and therefore one key id.
  const encoded = new Uint8Array(await crypto.subtle.exportKey("spki", key));
  if (!equalBytes(encoded, der)) {
    throw new MalformedInputError("issuer public key: not in canonical DER form");
  }
  return { key, encoded, modulusLength: Math.ceil(bits / 8) };
}
