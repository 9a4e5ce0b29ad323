import { RSABSSA } from "@cloudflare/blindrsa-ts";
import { type Bytes, ByteReader, concat, u32, utf8 } from "./bytes";
import { InvalidSignatureError, MalformedInputError, UnsupportedVersionError } from "./errors";
import type { IssuerPublicKey } from "./issuer-key";
import { Labels } from "./labels";

/**
 * An unblinded booking token: the issuer's RFC 9474 RSABSSA-SHA384-PSS-Randomized signature over
 * msg_prefix || signedMessage(epoch, nonce). BookingToken and BookingTokens.verify in the Java
 * module. Wire form: 0x01 || epoch (u32) || nonce (32) || msg_prefix (32) || signature. A token is
 * a bearer credential for one booking: it says "a verified account was allowed this", never which.
 */
export interface BookingToken {
  readonly epoch: number;
  readonly nonce: Bytes;
  readonly messagePrefix: Bytes;
  readonly signature: Bytes;
}

export const TOKEN_VERSION = 1;
export const NONCE_LENGTH = 32;
export const PREFIX_LENGTH = 32;
const MAX_SIGNATURE_LENGTH = 1024;

/** The suite, shared with issuance: SHA-384, MGF1-SHA-384, 48-byte salt, 32-byte prefix. */
export const suite = RSABSSA.SHA384.PSS.Randomized();

/** utf8("aparte/booking-token/v1") || 0x00 || epoch (u32) || nonce: what the issuer signs. */
export function signedMessage(epoch: number, nonce: Uint8Array): Bytes {
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) {
    throw new RangeError("an epoch is an unsigned 32-bit number");
  }
  return concat(utf8(Labels.BOOKING_TOKEN), [0x00], u32(epoch), nonce);
}

export function encodeBookingToken(token: BookingToken): Bytes {
  const { epoch, nonce, messagePrefix, signature } = token;
  return concat([TOKEN_VERSION], u32(epoch), nonce, messagePrefix, signature);
}

export function decodeBookingToken(wire: Uint8Array): BookingToken {
  if (wire.length > 1 + 4 + NONCE_LENGTH + PREFIX_LENGTH + MAX_SIGNATURE_LENGTH) {
    throw new MalformedInputError("booking token: oversized");
  }
  const reader = new ByteReader(wire, "booking token");
  const version = reader.u8("version");
  if (version !== TOKEN_VERSION) {
    throw new UnsupportedVersionError(`booking token: unknown version ${version}`);
  }
  const epoch = reader.u32("epoch");
  const nonce = reader.take(NONCE_LENGTH, "nonce");
  const messagePrefix = reader.take(PREFIX_LENGTH, "message prefix");
  const signature = reader.take(reader.remaining(), "signature");
  if (signature.length === 0) {
    throw new MalformedInputError("booking token: no signature");
  }
  return { epoch, nonce, messagePrefix, signature };
}

/** Resolves only if `token` was issued under `issuer` for its epoch. */
export function verifyBookingToken(issuer: IssuerPublicKey, token: BookingToken): Promise<void> {
  return verifyPrepared(
    issuer,
    token.messagePrefix,
    signedMessage(token.epoch, token.nonce),
    token.signature,
  );
}

/** RSASSA-PSS-VERIFY(pk, prefix || message, signature): RFC 9474 verification, BlindRsa.verify. */
export async function verifyPrepared(
  issuer: IssuerPublicKey,
  prefix: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<void> {
  if (prefix.length !== PREFIX_LENGTH) {
    throw new InvalidSignatureError("signature: message prefix must be 32 bytes");
  }
  if (signature.length !== issuer.modulusLength) {
    throw new InvalidSignatureError("signature: wrong length for this issuer key");
  }
  if (!(await suite.verify(issuer.key, concat(signature), concat(prefix, message)))) {
    throw new InvalidSignatureError("signature: does not verify for this issuer key");
  }
}
