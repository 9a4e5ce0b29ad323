import { ed25519 } from "@noble/curves/ed25519.js";
import {
  type Bytes,
  KeyKind,
  MalformedInputError,
  UnsupportedVersionError,
  concat,
  decodePrivateKey,
  encodeKey,
  fromHex,
  openRecord,
  publicKeyOf,
  sealRecord,
  secureRandom,
} from "../crypto";

/**
 * The key bundle, as org.aparte.client.account.KeyBundle: plaintext of a "key-bundle" record under
 * a password- or recovery-derived wrapping key, record id = the account id's 16 bytes;
 * 0x01 || u8 n || X-Wing private key || u8 m || Ed25519 private key || vault key (32).
 */
export interface KeyBundle {
  readonly encryptionPrivateKey: Bytes;
  readonly signingPrivateKey: Bytes;
  readonly vaultKey: Bytes;
  readonly encryptionPublicKey: Bytes;
  readonly signingPublicKey: Bytes;
}

const RECORD_TYPE = "key-bundle";
const VERSION = 1;

export function uuidBytes(uuid: string): Bytes {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new RangeError("not a UUID");
  }
  return fromHex(hex);
}

async function withPublicKeys(
  encryptionPrivateKey: Bytes,
  signingPrivateKey: Bytes,
  vaultKey: Bytes,
): Promise<KeyBundle> {
  const encryption = decodePrivateKey(encryptionPrivateKey);
  const signing = decodePrivateKey(signingPrivateKey);
  if (encryption.kind !== KeyKind.X_WING || signing.kind !== KeyKind.ED25519) {
    throw new MalformedInputError("key bundle: unexpected key kinds");
  }
  return {
    encryptionPrivateKey,
    signingPrivateKey,
    vaultKey,
    encryptionPublicKey: encodeKey(KeyKind.X_WING, await publicKeyOf(encryption)),
    signingPublicKey: encodeKey(KeyKind.ED25519, ed25519.getPublicKey(signing.raw)),
  };
}

export function generateKeyBundle(random = secureRandom): Promise<KeyBundle> {
  return withPublicKeys(
    encodeKey(KeyKind.X_WING, random(32)),
    encodeKey(KeyKind.ED25519, random(32)),
    random(32),
  );
}

export function sealKeyBundle(
  bundle: KeyBundle,
  wrappingKey: Uint8Array,
  accountId: string,
): Promise<Bytes> {
  const plaintext = concat(
    [VERSION, bundle.encryptionPrivateKey.length],
    bundle.encryptionPrivateKey,
    [bundle.signingPrivateKey.length],
    bundle.signingPrivateKey,
    bundle.vaultKey,
  );
  return sealRecord(wrappingKey, RECORD_TYPE, uuidBytes(accountId), plaintext);
}

export async function openKeyBundle(
  wrappingKey: Uint8Array,
  accountId: string,
  sealed: Uint8Array,
): Promise<KeyBundle> {
  const plaintext = await openRecord(wrappingKey, RECORD_TYPE, uuidBytes(accountId), sealed);
  if (plaintext[0] !== VERSION) {
    throw new UnsupportedVersionError("key bundle: unknown version");
  }
  const n = plaintext[1] ?? 0;
  const m = plaintext[2 + n] ?? 0;
  if (plaintext.length !== 3 + n + m + 32) {
    throw new MalformedInputError("key bundle: wrong length");
  }
  return withPublicKeys(
    plaintext.slice(2, 2 + n),
    plaintext.slice(3 + n, 3 + n + m),
    plaintext.slice(3 + n + m),
  );
}
