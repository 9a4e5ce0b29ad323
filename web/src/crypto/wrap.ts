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

const SUITES: readonly Suite[] = [
  {
    code: 0x01,
    keyKind: KeyKind.X_WING,
    encLength: 1120,
    ephemeralLength: 64,
    hpke: () => new CipherSuite({ kem: new XWing(), kdf: new HkdfSha256(), aead: new Aes256Gcm() }),
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

function info(purpose: WrapPurpose): Bytes {
  return concat(utf8(Labels.WRAP), [0], utf8(purpose));
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

  const privateKey = decodePrivateKey(encodedPrivateKey);
  const hpke = suite.hpke();
  const recipientKey = await hpke.kem.importKey("raw", privateKey.raw.slice().buffer, false);
  const publicKey = await publicKeyOf(privateKey);
  const ownId = await keyId(encodeKey(privateKey.kind, publicKey));
  if (privateKey.kind !== suite.keyKind || !equalBytes(ownId, recipientId)) {
    throw new WrongRecipientError(`${what}: addressed to another key`);
  }
  try {
    const receiver = await hpke.createRecipientContext({
      recipientKey,
      enc: enc.buffer,
      info: info(purpose),
    });
    return new Uint8Array(await receiver.open(ct.buffer, recordId.slice().buffer));
  } catch {
    throw new DecryptionFailedError(
      `${what}: authentication failed (other key, purpose or record id, or altered)`,
    );
  }
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
