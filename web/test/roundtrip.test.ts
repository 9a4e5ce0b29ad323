import { describe, expect, test } from "vitest";
import { XWing } from "@hpke/hybridkem-x-wing";
import { toHex } from "../src/crypto/bytes";
import { KeyKind, decodePublicKey, encodeKey } from "../src/crypto/keys";
import { openRecord, sealRecord } from "../src/crypto/record";
import { secureRandom } from "../src/crypto/random";
import { decryptStream, encryptStream } from "../src/crypto/stream";
import { publicKeyOf, unwrapKey, wrapKey } from "../src/crypto/wrap";
import { expectCryptoError } from "./vectors";

/** With real randomness, as the app uses it: what is sealed opens, and only where it should. */
describe("round trips with fresh randomness", () => {
  test("an X-Wing wrapped key opens for its recipient only", async () => {
    const seed = secureRandom(32);
    const privateKey = encodeKey(KeyKind.X_WING, seed);
    const publicRaw = await publicKeyOf({ kind: KeyKind.X_WING, raw: seed });
    const recipient = decodePublicKey(encodeKey(KeyKind.X_WING, publicRaw));
    const dataKey = secureRandom(32);
    const recordId = secureRandom(16);
    const wrapped = await wrapKey(dataKey, recipient, "booking", recordId);
    expect(wrapped.length).toBe(1186);
    expect(toHex(await unwrapKey(wrapped, privateKey, "booking", recordId))).toBe(toHex(dataKey));
    await expectCryptoError(() => unwrapKey(wrapped, privateKey, "vault", recordId), "DecryptionFailed");
    const other = encodeKey(KeyKind.X_WING, new Uint8Array(await new XWing().serializePrivateKey(
      (await new XWing().generateKeyPair()).privateKey)));
    await expectCryptoError(() => unwrapKey(wrapped, other, "booking", recordId), "WrongRecipient");
  });

  test("a record seals to one bucket size and opens", async () => {
    const key = secureRandom(32);
    const id = secureRandom(16);
    const text = new TextEncoder().encode("Motif : contrôle annuel");
    const sealed = await sealRecord(key, "booking", id, text);
    expect(sealed.length).toBe(1 + 1 + 7 + 12 + 256 + 16);
    expect(new TextDecoder().decode(await openRecord(key, "booking", id, sealed))).toBe(
      "Motif : contrôle annuel",
    );
  });

  test("a stream of several default segments decrypts", async () => {
    const key = secureRandom(32);
    const plaintext = new Uint8Array(3 * 65536 + 17).map((_, i) => i & 0xff);
    const sealed = await encryptStream(key, new Uint8Array([1, 2, 3]), plaintext);
    const opened = await decryptStream(key, new Uint8Array([1, 2, 3]), sealed);
    expect(opened).toEqual(plaintext);
  });
});
