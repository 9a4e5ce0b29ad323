import { argon2id } from "hash-wasm";
import { ByteReader, type Bytes, concat, u32, utf8 } from "./bytes";
import { MalformedInputError, UnsupportedVersionError } from "./errors";
import { labelledHash, subkey } from "./hash";
import { Labels } from "./labels";

/**
 * Password-derived keys, as org.aparte.crypto.password: a KDF setup (27 bytes), Argon2id over the
 * NFKC-normalised UTF-8 password, then HKDF subkeys; the server only ever sees the auth key.
 */
export interface Argon2Params {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

export interface KdfSetup {
  readonly params: Argon2Params;
  readonly salt: Bytes;
}

export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
const VERSION = 0x01;
const ARGON2ID_V19 = 0x01;
const SALT_LENGTH = 16;

function rangeProblem(p: Argon2Params): string | null {
  if (p.memoryKiB < 8 * 1024 || p.memoryKiB > 1024 * 1024) {
    return "Argon2id memory outside 8192..1048576 KiB";
  }
  if (p.iterations < 1 || p.iterations > 10) {
    return "Argon2id iterations outside 1..10";
  }
  if (p.parallelism < 1 || p.parallelism > 4) {
    return "Argon2id parallelism outside 1..4";
  }
  return null;
}

export function encodeKdfSetup(setup: KdfSetup): Bytes {
  const { memoryKiB, iterations, parallelism } = setup.params;
  return concat([VERSION, ARGON2ID_V19], u32(memoryKiB), u32(iterations), [parallelism], setup.salt);
}

export function decodeKdfSetup(encoded: Uint8Array): KdfSetup {
  const reader = new ByteReader(encoded, "KDF setup");
  const version = reader.u8("version");
  if (version !== VERSION) {
    throw new UnsupportedVersionError(`KDF setup: unknown version ${version}`);
  }
  const algorithm = reader.u8("algorithm");
  if (algorithm !== ARGON2ID_V19) {
    throw new UnsupportedVersionError(`KDF setup: unknown algorithm ${algorithm}`);
  }
  const params = {
    memoryKiB: reader.u32("memory"),
    iterations: reader.u32("iterations"),
    parallelism: reader.u8("parallelism"),
  };
  const salt = reader.take(SALT_LENGTH, "salt");
  reader.requireEnd();
  const problem = rangeProblem(params);
  if (problem !== null) {
    throw new MalformedInputError(`KDF setup: ${problem}`);
  }
  return { params, salt };
}

/** True when a server-sent setup is at least as costly as the floor (the downgrade check). */
export function meetsFloor(setup: KdfSetup, floor: Argon2Params = DEFAULT_ARGON2): boolean {
  return setup.params.memoryKiB >= floor.memoryKiB && setup.params.iterations >= floor.iterations;
}

export function normalizedPassword(password: string): Bytes {
  if (password.length === 0) {
    throw new RangeError("the password is empty");
  }
  return utf8(password.normalize("NFKC"));
}

export async function masterKey(password: string, setup: KdfSetup): Promise<Bytes> {
  const hash = await argon2id({
    password: normalizedPassword(password),
    salt: setup.salt,
    parallelism: setup.params.parallelism,
    iterations: setup.params.iterations,
    memorySize: setup.params.memoryKiB,
    hashLength: 32,
    outputType: "binary",
  });
  return Uint8Array.from(hash);
}

export interface AccountKeys {
  /** Sent at login; the server keeps only its verifier. */
  readonly authKey: Bytes;
  /** Never leaves the device: seals the key bundle. */
  readonly wrappingKey: Bytes;
}

export async function accountKeys(master: Uint8Array): Promise<AccountKeys> {
  return {
    authKey: await subkey(master, Labels.AUTH_KEY),
    wrappingKey: await subkey(master, Labels.KEY_WRAPPING_KEY),
  };
}

/** What the server stores: SHA-256(utf8("aparte/auth-verifier/v1") || 0x00 || auth key). */
export function authVerifier(authKey: Uint8Array): Promise<Bytes> {
  return labelledHash(Labels.AUTH_VERIFIER, authKey);
}
