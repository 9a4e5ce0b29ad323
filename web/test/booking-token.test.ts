import { RSABSSA } from "@cloudflare/blindrsa-ts";
import { describe, expect, test } from "vitest";
import { fromHex, toHex } from "../src/crypto/bytes";
import { importIssuerKey } from "../src/crypto/issuer-key";
import {
  decodeBookingToken,
  encodeBookingToken,
  signedMessage,
  verifyBookingToken,
} from "../src/crypto/token";
import { expectCryptoError, loadVectors } from "./vectors";

interface BookingTokenCase {
  name: string;
  valid: boolean;
  public_key: string;
  token: string;
  epoch?: number;
  nonce?: string;
  msg_prefix?: string;
  signed_message?: string;
  signature?: string;
  error?: string;
}

const vectors = loadVectors<BookingTokenCase>("booking-token.json");

describe("booking-token.json", () => {
  test("has valid and invalid cases", () => {
    expect(vectors.cases.filter((c) => c.valid).length).toBeGreaterThan(1);
    expect(vectors.cases.filter((c) => !c.valid).length).toBeGreaterThan(5);
  });

  for (const c of vectors.cases.filter((c) => c.valid)) {
    test(`parses, re-encodes byte for byte and verifies: ${c.name}`, async () => {
      const issuer = await importIssuerKey(fromHex(c.public_key));
      expect(toHex(issuer.encoded)).toBe(c.public_key);
      const token = decodeBookingToken(fromHex(c.token));
      expect(token.epoch).toBe(c.epoch);
      expect(toHex(token.nonce)).toBe(c.nonce);
      expect(toHex(token.messagePrefix)).toBe(c.msg_prefix);
      expect(toHex(token.signature)).toBe(c.signature);
      expect(toHex(signedMessage(token.epoch, token.nonce))).toBe(c.signed_message);
      expect(toHex(encodeBookingToken(token))).toBe(c.token);
      await expect(verifyBookingToken(issuer, token)).resolves.toBeUndefined();
      // Independently of the library: RFC 9474 verification is RSA-PSS over prefix || message.
      const prepared = fromHex(`${c.msg_prefix ?? ""}${c.signed_message ?? ""}`);
      const plain = { name: "RSA-PSS", saltLength: 48 };
      expect(await crypto.subtle.verify(plain, issuer.key, token.signature, prepared)).toBe(true);
    });
  }

  for (const c of vectors.cases.filter((c) => !c.valid)) {
    test(`refuses (${c.error}): ${c.name}`, async () => {
      const issuer = await importIssuerKey(fromHex(c.public_key));
      await expectCryptoError(
        () => verifyBookingToken(issuer, decodeBookingToken(fromHex(c.token))),
        c.error,
      );
    });
  }

  test("refuses an issuer key that is not canonical RSA of 2048+ bits", async () => {
    const der = fromHex(vectors.cases[0]?.public_key ?? "");
    const truncated = der.subarray(0, der.length - 1);
    await expectCryptoError(() => importIssuerKey(truncated), "MalformedInput");
    await expectCryptoError(() => importIssuerKey(new Uint8Array(0)), "MalformedInput");
    const small = await RSABSSA.SHA384.generateKey({
      modulusLength: 1024,
      publicExponent: new Uint8Array([1, 0, 1]),
    });
    const smallDer = new Uint8Array(await crypto.subtle.exportKey("spki", small.publicKey));
    await expectCryptoError(() => importIssuerKey(smallDer), "MalformedInput");
  });
});
