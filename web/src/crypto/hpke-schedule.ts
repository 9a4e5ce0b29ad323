import { extract, expand } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { type Bytes, concat, utf8 } from "./bytes";

/**
 * The HPKE key schedule of RFC 9180 (section 5.1), base mode, KDF HKDF-SHA256, computed
 * synchronously with @noble/hashes. @hpke/core runs the same schedule as about a dozen
 * asynchronous WebCrypto HMAC calls, each a round trip to the browser's crypto thread; an agenda
 * opens a thousand wrapped keys, so those round trips cost more than the hashing. Opening only:
 * sealing stays with @hpke/core (and the two are checked against each other and RFC 9180 A.1.1).
 */
const VERSION_LABEL = utf8("HPKE-v1");
const MODE_BASE = 0x00;
export const KDF_HKDF_SHA256 = 0x0001;
export const AEAD_AES_256_GCM = 0x0002;

export interface ScheduleSuite {
  readonly kemId: number;
  readonly kdfId: number;
  readonly aeadId: number;
  /** Nk: the AEAD key length. */
  readonly keyLength: number;
  /** Nn: the AEAD nonce length. */
  readonly nonceLength: number;
}

export interface BaseContext {
  readonly key: Bytes;
  /** The nonce of the first message (sequence number 0: base_nonce itself). */
  readonly baseNonce: Bytes;
}

function i2osp2(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}

/** "HPKE-v1" || suite_id || label, per suite and label: the labels are constant, so encoded once. */
const prefixes = new Map<string, Bytes>();

function labelPrefix(suite: ScheduleSuite, label: string): Bytes {
  const cacheKey = `${suite.kemId}/${suite.kdfId}/${suite.aeadId}/${label}`;
  let found = prefixes.get(cacheKey);
  if (found === undefined) {
    const suiteId = concat(utf8("HPKE"), i2osp2(suite.kemId), i2osp2(suite.kdfId), i2osp2(suite.aeadId));
    found = concat(VERSION_LABEL, suiteId, utf8(label));
    prefixes.set(cacheKey, found);
  }
  return found;
}

function labeledExtract(suite: ScheduleSuite, salt: Uint8Array, label: string, ikm: Uint8Array): Bytes {
  return extract(sha256, concat(labelPrefix(suite, label), ikm), salt);
}

function labeledExpand(suite: ScheduleSuite, prk: Uint8Array, label: string, info: Uint8Array, length: number): Bytes {
  return expand(sha256, prk, concat(i2osp2(length), labelPrefix(suite, label), info), length);
}

/**
 * KeySchedule<R>(mode_base, shared_secret, info, "", ""): the AEAD key and base nonce. The
 * key_schedule_context depends only on the suite and info (public), so it is computed once per
 * purpose.
 */
export function baseKeySchedule(suite: ScheduleSuite, sharedSecret: Uint8Array, info: Uint8Array): BaseContext {
  if (suite.kdfId !== KDF_HKDF_SHA256) {
    throw new RangeError("only HKDF-SHA256 is implemented");
  }
  const context = scheduleContext(suite, info);
  // secret = LabeledExtract(shared_secret, "secret", psk), with an empty psk in base mode.
  const secret = labeledExtract(suite, sharedSecret, "secret", EMPTY);
  return {
    key: labeledExpand(suite, secret, "key", context, suite.keyLength),
    baseNonce: labeledExpand(suite, secret, "base_nonce", context, suite.nonceLength),
  };
}

const EMPTY = new Uint8Array(0);
const contexts = new Map<string, Bytes>();

/** mode || LabeledExtract("", "psk_id_hash", "") || LabeledExtract("", "info_hash", info). */
function scheduleContext(suite: ScheduleSuite, info: Uint8Array): Bytes {
  const cacheKey = `${suite.kemId}/${suite.kdfId}/${suite.aeadId}|${Array.from(info).join(",")}`;
  let found = contexts.get(cacheKey);
  if (found === undefined) {
    found = concat([MODE_BASE], labeledExtract(suite, EMPTY, "psk_id_hash", EMPTY), labeledExtract(suite, EMPTY, "info_hash", info));
    // Infos are public (a label and a purpose); the bound only guards against unexpected growth.
    if (contexts.size < 64) contexts.set(cacheKey, found);
  }
  return found;
}
