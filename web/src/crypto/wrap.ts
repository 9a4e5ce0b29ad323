import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from "@hpke/core";
import { XWing } from "@hpke/hybridkem-x-wing";
import { x25519 } from "@noble/curves/ed25519.js";
import { ByteReader, type Bytes, concat, equalBytes, utf8 } from "./bytes";
import {
  DecryptionFailedError,
  MalformedInputError,
  UnsupportedVersionError,
  WrongRecipientError,
} from "./errors";
import { AEAD_AES_256_GCM, KDF_HKDF_SHA256, type ScheduleSuite, baseKeySchedule } from "./hpke-schedule";
import { type DecodedKey, KeyKind, decodePrivateKey, encodeKey, keyId } from "./keys";
import { Labels } from "./labels";
import { type RandomSource, secureRandom } from "./random";

/**
 * Key wrapping with single-shot HPKE (RFC 9180, base mode), as org.aparte.crypto.wrap.KeyWrap:
 * wrapped = 0x01 || suite || recipient key id (16) || enc || ct (48);
 * info = utf8("aparte/wrap/v1") || 0x00 || utf8(purpose); aad = record id.
 */
export type WrapPurpose = "booking" | "practice-key" | "vault" | (string & {});

interface Suite {
  readonly code: number;
  readonly keyKind: KeyKind;
  readonly encLength: number;
  /** What sealing draws: the 64-byte X-Wing eseed, or the 32-byte ikmE of DeriveKeyPair. */
  readonly ephemeralLength: number;
  readonly hpke: () => CipherSuite;
}

const X_WING_SUITE_CODE = 0x01;

const SUITES: readonly Suite[] = [
  {
    code: 0x01,
    keyKind: KeyKind.X_WING,
    encLength: 1120,
    ephemeralLength: 64,
    hpke: () => {
      const kem = new XWing();
      useWebCryptoX25519(kem);
      return new CipherSuite({ kem, kdf: new HkdfSha256(), aead: new Aes256Gcm() });
    },
  },
  {
    code: 0x02,
    keyKind: KeyKind.X25519,
    encLength: 32,
    ephemeralLength: 32,
    hpke: () =>
      new CipherSuite({
        kem: new DhkemX25519HkdfSha256(),
        kdf: new HkdfSha256(),
        aead: new Aes256Gcm(),
      }),
  },
];

const VERSION = 0x01;
const KEY_ID_LENGTH = 16;
const CT_LENGTH = 48;

const infos = new Map<string, Bytes>();

/** Encoded once per purpose: an agenda opens a thousand keys with the same one. */
function info(purpose: WrapPurpose): Bytes {
  let found = infos.get(purpose);
  if (found === undefined) {
    found = concat(utf8(Labels.WRAP), [0], utf8(purpose));
    if (infos.size < 64) infos.set(purpose, found);
  }
  return found;
}

function checkRecordId(recordId: Uint8Array): void {
  if (recordId.length < 1 || recordId.length > 255) {
    throw new RangeError("a record id has 1 to 255 bytes");
  }
}

export function wrappedKeyLength(code: number): number {
  const suite = SUITES.find((s) => s.code === code);
  if (suite === undefined) {
    throw new RangeError("unknown suite");
  }
  return 2 + KEY_ID_LENGTH + suite.encLength + CT_LENGTH;
}

/** Seals a 32-byte data key to a recipient (an already validated, decoded public key). */
export async function wrapKey(
  dataKey: Uint8Array,
  recipient: DecodedKey,
  purpose: WrapPurpose,
  recordId: Uint8Array,
  random: RandomSource = secureRandom,
): Promise<Bytes> {
  if (dataKey.length !== 32) {
    throw new RangeError("a data key has exactly 32 bytes");
  }
  checkRecordId(recordId);
  const suite = SUITES.find((s) => s.keyKind === recipient.kind);
  if (suite === undefined) {
    throw new RangeError("this key kind cannot receive wrapped keys");
  }
  const hpke = suite.hpke();
  const sender = await hpke.createSenderContext({
    recipientPublicKey: await hpke.kem.importKey("raw", recipient.raw.buffer, true),
    info: info(purpose),
    ekm: random(suite.ephemeralLength),
  });
  const ct = new Uint8Array(await sender.seal(dataKey.slice().buffer, recordId.slice().buffer));
  const id = await keyId(encodeKey(recipient.kind, recipient.raw));
  return concat([VERSION, suite.code], id, new Uint8Array(sender.enc), ct);
}

/**
 * Opens a wrapped key with an encoded private key (0x01 || kind || 32 bytes). Checks, in order:
 * version, suite, exact length, that it is addressed to this key, then HPKE.
 */
export async function unwrapKey(
  wrapped: Uint8Array,
  encodedPrivateKey: Uint8Array,
  purpose: WrapPurpose,
  recordId: Uint8Array,
): Promise<Bytes> {
  checkRecordId(recordId);
  const what = "wrapped key";
  const reader = new ByteReader(wrapped, what);
  const version = reader.u8("version");
  if (version !== VERSION) {
    throw new UnsupportedVersionError(`${what}: unknown version ${version}`);
  }
  const code = reader.u8("suite");
  const suite = SUITES.find((s) => s.code === code);
  if (suite === undefined) {
    throw new UnsupportedVersionError(`${what}: unknown suite ${code}`);
  }
  if (wrapped.length !== wrappedKeyLength(code)) {
    throw new MalformedInputError(`${what}: wrong length for its suite`);
  }
  const recipientId = reader.take(KEY_ID_LENGTH, "recipient key id");
  const enc = reader.take(suite.encLength, "enc");
  const ct = reader.take(CT_LENGTH, "ciphertext");
  reader.requireEnd();

  const opening = await openingKey(encodedPrivateKey);
  if (opening.kind !== suite.keyKind || !equalBytes(opening.keyId, recipientId)) {
    throw new WrongRecipientError(`${what}: addressed to another key`);
  }
  try {
    // Decap with the library; then the RFC 9180 key schedule synchronously and one WebCrypto
    // AES-GCM open (single-shot: sequence number 0, so the nonce is base_nonce).
    const sharedSecret = await opening.hpke.kem.decap({ recipientKey: opening.recipientKey, enc: enc.slice().buffer });
    const { key, baseNonce } = baseKeySchedule(opening.schedule, new Uint8Array(sharedSecret), info(purpose));
    const aesKey = await crypto.subtle.importKey("raw", key, "AES-GCM", false, ["decrypt"]);
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: "AES-GCM", iv: baseNonce, additionalData: recordId.slice() }, aesKey, ct.slice()),
    );
  } catch {
    throw new DecryptionFailedError(
      `${what}: authentication failed (other key, purpose or record id, or altered)`,
    );
  }
}

interface OpeningKey {
  readonly kind: number;
  readonly keyId: Bytes;
  readonly hpke: CipherSuite;
  readonly schedule: ScheduleSuite;
  readonly recipientKey: CryptoKey;
}

/**
 * A private key imported once, with its key id: an X-Wing import expands the 32-byte seed into
 * ML-KEM-768 and X25519 keys, which costs far more than one decapsulation, and a practice opens
 * hundreds of bookings with the same key. Cached per key array (by identity, in memory only, for
 * as long as the caller holds the array).
 */
const openingKeys = new WeakMap<Uint8Array, Promise<OpeningKey>>();

function openingKey(encodedPrivateKey: Uint8Array): Promise<OpeningKey> {
  let opening = openingKeys.get(encodedPrivateKey);
  if (opening === undefined) {
    opening = prepareOpeningKey(encodedPrivateKey);
    openingKeys.set(encodedPrivateKey, opening);
    opening.catch(() => openingKeys.delete(encodedPrivateKey));
  }
  return opening;
}

async function prepareOpeningKey(encodedPrivateKey: Uint8Array): Promise<OpeningKey> {
  const privateKey = decodePrivateKey(encodedPrivateKey);
  const suite = SUITES.find((s) => s.keyKind === privateKey.kind);
  if (suite === undefined) {
    throw new WrongRecipientError("wrapped key: an Ed25519 key cannot open wrapped keys");
  }
  const hpke = suite.code === X_WING_SUITE_CODE ? xWingSuiteExpandingOnce() : suite.hpke();
  const recipientKey = await hpke.kem.importKey("raw", privateKey.raw.slice().buffer, false);
  const publicKey = await publicKeyOf(privateKey);
  const schedule = { kemId: hpke.kem.id, kdfId: KDF_HKDF_SHA256, aeadId: AEAD_AES_256_GCM, keyLength: 32, nonceLength: 12 };
  return { kind: privateKey.kind, keyId: await keyId(encodeKey(privateKey.kind, publicKey)), hpke, schedule, recipientKey };
}

type Expander = (sk: Uint8Array) => Promise<unknown>;

/**
 * An X-Wing suite for one private key. @hpke/hybridkem-x-wing 0.7.0 re-expands the 32-byte seed
 * (SHAKE256, ML-KEM-768 key generation, an X25519 base-point multiplication) on every
 * decapsulation; this instance, used with one key only, keeps the last expansion. It patches the
 * library's private `_expandDecapsulationKey` (the version is pinned exactly); if the name ever
 * changes, the patch is skipped and decapsulation stays correct, only slower. Correctness is
 * checked by the keywrap.json vectors either way.
 */
function xWingSuiteExpandingOnce(): CipherSuite {
  const kem = new XWing();
  const internals = kem as unknown as { _expandDecapsulationKey?: Expander };
  const original = internals._expandDecapsulationKey;
  if (typeof original === "function") {
    let last: { seed: Bytes; expanded: Promise<unknown> } | undefined;
    internals._expandDecapsulationKey = (sk) => {
      if (last === undefined || !equalBytes(last.seed, sk)) {
        last = { seed: Uint8Array.from(sk), expanded: original.call(kem, sk) };
      }
      return last.expanded;
    };
  }
  keepMatrix(kem);
  useWebCryptoX25519(kem);
  return new CipherSuite({ kem, kdf: new HkdfSha256(), aead: new Aes256Gcm() });
}

type Matrix = Int16Array[][];
type Sampler = (seed: Uint8Array, transposed: boolean) => Matrix;

/**
 * ML-KEM decapsulation re-encrypts (the Fujisaki-Okamoto check), and the `mlkem` library pinned
 * under @hpke/hybridkem-x-wing samples the public matrix A from the key's seed rho on every call:
 * nine SHAKE128 streams, most of a decapsulation's cost. A depends only on the public key, so
 * this instance (one private key) keeps a copy of the last one and writes it back into the
 * library's buffer, which the library zeroes after each operation. Same fallback as above: if
 * the private names change, nothing is patched and only speed suffers.
 */
function keepMatrix(kem: XWing): void {
  const mlKem = (kem as unknown as { _m?: { _sampleMatrix?: Sampler; _matrixA?: Matrix } })._m;
  const original = mlKem?._sampleMatrix;
  if (mlKem === undefined || typeof original !== "function") return;
  let last: { seed: Bytes; transposed: boolean; matrix: Matrix } | undefined;
  mlKem._sampleMatrix = (seed, transposed) => {
    const buffer = mlKem._matrixA;
    if (last !== undefined && buffer !== undefined && last.transposed === transposed && equalBytes(last.seed, seed)) {
      last.matrix.forEach((row, i) => row.forEach((poly, j) => buffer[i]?.[j]?.set(poly)));
      return buffer;
    }
    const matrix = original.call(mlKem, seed, transposed);
    last = { seed: Uint8Array.from(seed), transposed, matrix: matrix.map((row) => row.map((poly) => poly.slice())) };
    return matrix;
  };
}

type Derive = (sk: Uint8Array, pk: Uint8Array) => Promise<Uint8Array>;

/** PKCS#8 prefix of a raw X25519 private key (RFC 8410). */
const X25519_PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20,
];

/**
 * The library computes X25519 with BigInt arithmetic (several ms per call); WebCrypto's X25519 is
 * the same function (RFC 7748) at a fraction of the cost. Any failure (no WebCrypto X25519, or an
 * all-zero result, which WebCrypto refuses) falls back to the library, so results never differ.
 */
function useWebCryptoX25519(kem: XWing): void {
  const x = (kem as unknown as { _x25519?: { derive?: Derive } })._x25519;
  const original = x?.derive;
  if (x === undefined || typeof original !== "function") return;
  let last: { seed: Bytes; key: Promise<CryptoKey> } | undefined;
  x.derive = async (sk, pk) => {
    try {
      if (last === undefined || !equalBytes(last.seed, sk)) {
        last = {
          seed: Uint8Array.from(sk),
          key: crypto.subtle.importKey("pkcs8", concat(X25519_PKCS8_PREFIX, sk), { name: "X25519" }, false, [
            "deriveBits",
          ]),
        };
      }
      const publicKey = await crypto.subtle.importKey("raw", concat(pk), { name: "X25519" }, true, []);
      return new Uint8Array(
        await crypto.subtle.deriveBits({ name: "X25519", public: publicKey }, await last.key, 256),
      );
    } catch {
      last = undefined;
      return original.call(x, sk, pk);
    }
  };
}

/** The public key of an X-Wing seed or X25519 scalar, raw (without the 2-byte header). */
export async function publicKeyOf(privateKey: DecodedKey): Promise<Bytes> {
  if (privateKey.kind === KeyKind.X_WING) {
    const xWing = new XWing();
    const pair = await xWing.generateKeyPairDerand(privateKey.raw.slice());
    return new Uint8Array(await xWing.serializePublicKey(pair.publicKey));
  }
  if (privateKey.kind === KeyKind.X25519) {
    return Uint8Array.from(x25519.getPublicKey(privateKey.raw));
  }
  throw new WrongRecipientError("wrapped key: an Ed25519 key cannot open wrapped keys");
}
