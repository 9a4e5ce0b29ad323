import { RSABSSA } from "@cloudflare/blindrsa-ts";
import { beforeAll, describe, expect, test } from "vitest";
import { concat, fromHex } from "../src/crypto/bytes";
import { type IssuerPublicKey, importIssuerKey } from "../src/crypto/issuer-key";
import { completeBookingToken, requestBookingToken } from "../src/crypto/token-issuance";
import { decodeBookingToken, encodeBookingToken, verifyBookingToken } from "../src/crypto/token";
import { expectCryptoError, replay } from "./vectors";

/**
 * Blind, sign, finalize against a throwaway issuer. The vectors cannot pin this direction: the
 * library draws the PSS salt and the blinding factor itself, so these tests check properties.
 */
const suite = RSABSSA.SHA384.PSS.Randomized();

interface Issuer {
  readonly publicKey: IssuerPublicKey;
  readonly privateKey: CryptoKey;
}

async function newIssuer(): Promise<Issuer> {
  const pair = await suite.generateKey({
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
  });
  const der = new Uint8Array(await crypto.subtle.exportKey("spki", pair.publicKey));
  return { publicKey: await importIssuerKey(der), privateKey: pair.privateKey };
}

describe("booking token issuance", () => {
  let issuer: Issuer;
  let other: Issuer;
  beforeAll(async () => {
    issuer = await newIssuer();
    other = await newIssuer();
  });

  test("a blind-signed token verifies, round trips and keeps the chosen nonce", async () => {
    const nonce = fromHex("11".repeat(32));
    const prefix = fromHex("22".repeat(32));
    const pending = await requestBookingToken(issuer.publicKey, 2912, replay(nonce, prefix));
    expect(String(pending)).toBe("PendingToken[epoch=2912, REDACTED]");
    const blindSignature = await suite.blindSign(issuer.privateKey, pending.blindedMessage);
    const token = await completeBookingToken(issuer.publicKey, pending, blindSignature);
    expect(token.epoch).toBe(2912);
    expect(token.nonce).toEqual(nonce);
    expect(token.messagePrefix).toEqual(prefix);
    // The issuer never saw the signature it made: blinding hides it.
    expect(token.signature).not.toEqual(blindSignature);
    const decoded = decodeBookingToken(encodeBookingToken(token));
    await expect(verifyBookingToken(issuer.publicKey, decoded)).resolves.toBeUndefined();
    await expectCryptoError(() => verifyBookingToken(other.publicKey, decoded), "InvalidSignature");
  });

  test("an answer under another issuer key is caught at finalisation", async () => {
    // A blinded message is uniform below the issuer's modulus; the other key can only sign one
    // below its own modulus (otherwise the library throws), which about half of them are.
    let pending = await requestBookingToken(issuer.publicKey, 7);
    let wrong: Uint8Array | undefined;
    for (let attempt = 1; wrong === undefined; attempt++) {
      try {
        wrong = await suite.blindSign(other.privateKey, pending.blindedMessage);
      } catch (error) {
        if (attempt >= 40) throw error;
        pending = await requestBookingToken(issuer.publicKey, 7);
      }
    }
    await expectCryptoError(
      () => completeBookingToken(issuer.publicKey, pending, wrong),
      "InvalidSignature",
    );
  });

  test("a short, out-of-range or tampered answer is refused", async () => {
    const pending = await requestBookingToken(issuer.publicKey, 7);
    const good = await suite.blindSign(issuer.privateKey, pending.blindedMessage);
    const tampered = Uint8Array.from(good);
    tampered[100] = (tampered[100] ?? 0) ^ 1;
    for (const answer of [good.subarray(1), new Uint8Array(256).fill(0xff), tampered]) {
      await expectCryptoError(
        () => completeBookingToken(issuer.publicKey, pending, answer),
        "InvalidSignature",
      );
    }
    const token = await completeBookingToken(issuer.publicKey, pending, concat(good));
    await expect(verifyBookingToken(issuer.publicKey, token)).resolves.toBeUndefined();
  });
});
