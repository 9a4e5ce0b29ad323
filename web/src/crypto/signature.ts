import { ed25519 } from "@noble/curves/ed25519.js";
import { type Bytes, concat, utf8 } from "./bytes";
import { InvalidSignatureError, MalformedInputError } from "./errors";
import { KeyKind, decodePrivateKey, decodePublicKey, encodeKey } from "./keys";
import { Labels } from "./labels";

/**
 * Plain Ed25519 (RFC 8032) over utf8("aparte/signature/v1") || 0x00 || utf8(context) || 0x00 ||
 * message, as org.aparte.crypto.sign.Signatures. Verification is strict (canonical S, no ZIP-215).
 */
export function signedBytes(context: string, message: Uint8Array): Bytes {
  return concat(utf8(Labels.SIGNATURE), [0], utf8(context), [0], message);
}

export function sign(encodedPrivateKey: Uint8Array, context: string, message: Uint8Array): Bytes {
  const key = decodePrivateKey(encodedPrivateKey);
  if (key.kind !== KeyKind.ED25519) {
    throw new MalformedInputError("signing key: not an Ed25519 key");
  }
  return Uint8Array.from(ed25519.sign(signedBytes(context, message), key.raw));
}

export function signingPublicKey(encodedPrivateKey: Uint8Array): Bytes {
  const key = decodePrivateKey(encodedPrivateKey);
  return encodeKey(KeyKind.ED25519, ed25519.getPublicKey(key.raw));
}

/** Throws MalformedInput for a key that is not an Ed25519 point, InvalidSignature otherwise. */
export function verify(
  encodedPublicKey: Uint8Array,
  context: string,
  message: Uint8Array,
  signature: Uint8Array,
): void {
  const key = decodePublicKey(encodedPublicKey);
  if (key.kind !== KeyKind.ED25519) {
    throw new MalformedInputError("signature: the key is not an Ed25519 key");
  }
  if (signature.length !== 64) {
    throw new InvalidSignatureError("signature: needs exactly 64 bytes");
  }
  let valid: boolean;
  try {
    valid = ed25519.verify(signature, signedBytes(context, message), key.raw, { zip215: false });
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new InvalidSignatureError("signature: does not verify for this key, context and message");
  }
}
