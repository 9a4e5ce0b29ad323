import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from "@hpke/core";
import { XWing } from "@hpke/hybridkem-x-wing";
import { describe, expect, test } from "vitest";
import { concat, fromHex, toHex, utf8 } from "../src/crypto/bytes";
import { AEAD_AES_256_GCM, KDF_HKDF_SHA256, baseKeySchedule } from "../src/crypto/hpke-schedule";
import { secureRandom } from "../src/crypto/random";

/**
 * The synchronous key schedule (used to open wrapped keys) against RFC 9180 and against
 * @hpke/core's own asynchronous one (used to seal them).
 */

// RFC 9180 appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode.
const A11 = {
  info: "4f6465206f6e2061204772656369616e2055726e",
  skRm: "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8",
  enc: "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
  sharedSecret: "fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc",
  key: "4531685d41d65f03dc48f6b8302c05b0",
  baseNonce: "56d890e5accaaf011cff4b7d",
  // Sequence number 0: "Beauty is truth, truth beauty", aad "Count-0".
  plaintext: "4265617574792069732074727574682c20747275746820626561757479",
  aad: "436f756e742d30",
  ciphertext: "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a",
};
const A11_SUITE = { kemId: 0x0020, kdfId: KDF_HKDF_SHA256, aeadId: 0x0001, keyLength: 16, nonceLength: 12 };

async function aesGcmOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, ct: Uint8Array): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey("raw", key.slice(), "AES-GCM", false, ["decrypt"]);
  return new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv: nonce.slice(), additionalData: aad.slice() }, imported, ct.slice()));
}

describe("HPKE key schedule (RFC 9180, base mode, HKDF-SHA256)", () => {
  test("reproduces A.1.1's key and base nonce from its shared secret", () => {
    const context = baseKeySchedule(A11_SUITE, fromHex(A11.sharedSecret), fromHex(A11.info));
    expect(toHex(context.key)).toBe(A11.key);
    expect(toHex(context.baseNonce)).toBe(A11.baseNonce);
  });

  test("opens A.1.1's first message: the library's decapsulation, then this schedule", async () => {
    const kem = new DhkemX25519HkdfSha256();
    const recipientKey = await kem.importKey("raw", fromHex(A11.skRm).buffer, false);
    const shared = new Uint8Array(await kem.decap({ recipientKey, enc: fromHex(A11.enc).buffer }));
    expect(toHex(shared)).toBe(A11.sharedSecret);
    const context = baseKeySchedule(A11_SUITE, shared, fromHex(A11.info));
    const plaintext = await aesGcmOpen(context.key, context.baseNonce, fromHex(A11.aad), fromHex(A11.ciphertext));
    expect(toHex(plaintext)).toBe(A11.plaintext);
  });

  test("refuses a KDF it does not implement", () => {
    expect(() => baseKeySchedule({ ...A11_SUITE, kdfId: 0x0003 }, new Uint8Array(32), new Uint8Array(0))).toThrow(RangeError);
  });

  // Whatever @hpke/core seals (its own asynchronous schedule), this schedule opens, for both of
  // Aparté's suites, random infos and messages; and a different info gives a different key.
  for (const [name, makeKem] of [
    ["X-Wing", () => new XWing()],
    ["DHKEM(X25519)", () => new DhkemX25519HkdfSha256()],
  ] as const) {
    test(`agrees with @hpke/core's sealing: ${name}, AES-256-GCM`, async () => {
      const suite = new CipherSuite({ kem: makeKem(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
      const pair = await suite.kem.generateKeyPair();
      const schedule = { kemId: suite.kem.id, kdfId: KDF_HKDF_SHA256, aeadId: AEAD_AES_256_GCM, keyLength: 32, nonceLength: 12 };
      for (let i = 0; i < 8; i++) {
        const info = concat(utf8("aparte/wrap/v1"), [0], secureRandom(i * 7));
        const aad = secureRandom(1 + i);
        const message = secureRandom(32);
        const sender = await suite.createSenderContext({ recipientPublicKey: pair.publicKey, info });
        const ct = new Uint8Array(await sender.seal(message.slice().buffer, aad.slice().buffer));
        const shared = new Uint8Array(await suite.kem.decap({ recipientKey: pair.privateKey, enc: sender.enc }));
        const context = baseKeySchedule(schedule, shared, info);
        expect(toHex(await aesGcmOpen(context.key, context.baseNonce, aad, ct))).toBe(toHex(message));
        const other = baseKeySchedule(schedule, shared, concat(info, [1]));
        await expect(aesGcmOpen(other.key, other.baseNonce, aad, ct)).rejects.toThrow();
      }
    });
  }
});
