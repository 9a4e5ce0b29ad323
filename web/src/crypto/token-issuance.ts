import { type Bytes, concat, copy } from "./bytes";
import { InvalidSignatureError } from "./errors";
import type { IssuerPublicKey } from "./issuer-key";
import { type RandomSource, secureRandom } from "./random";
import {
  type BookingToken,
  NONCE_LENGTH,
  PREFIX_LENGTH,
  signedMessage,
  suite,
  verifyPrepared,
} from "./token";

/**
 * The client's half of issuance: BookingTokens.request / complete in the Java module. The nonce
 * and the message prefix come from `random`; the PSS salt and the blinding factor are drawn by
 * @cloudflare/blindrsa-ts from crypto.getRandomValues, which it does not let a caller replace.
 */
export class PendingToken {
  readonly #inverse: Bytes;

  constructor(
    readonly epoch: number,
    readonly nonce: Bytes,
    readonly messagePrefix: Bytes,
    /** The only thing sent to the issuer. */
    readonly blindedMessage: Bytes,
    inverse: Uint8Array,
  ) {
    this.#inverse = copy(inverse);
  }

  /** The unblinding factor r^-1: it and the nonce never leave the client. */
  inverseForFinalize(): Bytes {
    return copy(this.#inverse);
  }

  toString(): string {
    return `PendingToken[epoch=${this.epoch}, REDACTED]`;
  }
}

export async function requestBookingToken(
  issuer: IssuerPublicKey,
  epoch: number,
  random: RandomSource = secureRandom,
): Promise<PendingToken> {
  const nonce = random(NONCE_LENGTH);
  const prefix = random(PREFIX_LENGTH);
  const prepared = concat(prefix, signedMessage(epoch, nonce));
  const { blindedMsg, inv } = await suite.blind(issuer.key, prepared);
  return new PendingToken(epoch, nonce, prefix, copy(blindedMsg), inv);
}

/**
 * Unblinds the issuer's answer and verifies the result, so an issuer answering with another key
 * (to tag the user) is caught now rather than at booking time.
 */
export async function completeBookingToken(
  issuer: IssuerPublicKey,
  pending: PendingToken,
  blindSignature: Uint8Array,
): Promise<BookingToken> {
  if (blindSignature.length !== issuer.modulusLength) {
    throw new InvalidSignatureError("blind signature: wrong length for this issuer key");
  }
  // The library reduces modulo n silently; the Java side refuses an out-of-range answer.
  if (toBigInt(blindSignature) >= (await modulus(issuer))) {
    throw new InvalidSignatureError("blind signature: out of range for this issuer key");
  }
  const message = signedMessage(pending.epoch, pending.nonce);
  let signature: Uint8Array;
  try {
    signature = await suite.finalize(
      issuer.key,
      concat(pending.messagePrefix, message),
      concat(blindSignature),
      pending.inverseForFinalize(),
    );
  } catch {
    throw new InvalidSignatureError("blind signature: does not unblind to a valid signature");
  }
  // Checked again through the same path as redemption, so both agree on what a valid token is.
  await verifyPrepared(issuer, pending.messagePrefix, message, signature);
  return {
    epoch: pending.epoch,
    nonce: copy(pending.nonce),
    messagePrefix: copy(pending.messagePrefix),
    signature: copy(signature),
  };
}

async function modulus(issuer: IssuerPublicKey): Promise<bigint> {
  const jwk = await crypto.subtle.exportKey("jwk", issuer.key);
  const n = (jwk.n ?? "").replace(/-/g, "+").replace(/_/g, "/");
  const padded = n.padEnd(Math.ceil(n.length / 4) * 4, "=");
  return toBigInt(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
}

function toBigInt(bytes: Uint8Array): bigint {
  return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
}
