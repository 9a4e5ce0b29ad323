import { ByteReader, type Bytes, concat, utf8 } from "./bytes";
import {
  DecryptionFailedError,
  MalformedInputError,
  UnsupportedVersionError,
  WrongRecordTypeError,
} from "./errors";
import { Labels } from "./labels";
import { type RandomSource, secureRandom } from "./random";

/**
 * Records: padded AES-256-GCM, byte for byte org.aparte.crypto.record.RecordCipher.
 * record = 0x01 || type length || type label || nonce (12) || AES-GCM(padded) || tag (16);
 * aad = utf8("aparte/record/v1") || 0x00 || header || record id length || record id.
 */
const VERSION = 1;
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
const MIN_BUCKET = 256;
const MAX_BUCKET = 1 << 24;
const TYPE_PATTERN = /^[a-z0-9-]{1,32}$/;

export function bucketSize(plaintextLength: number): number {
  if (plaintextLength < 0 || plaintextLength > MAX_BUCKET - 1) {
    throw new RangeError("a record holds 0..2^24-1 bytes; stream anything larger");
  }
  let bucket = MIN_BUCKET;
  while (bucket < plaintextLength + 1) {
    bucket *= 2;
  }
  return bucket;
}

function isBucketSize(length: number): boolean {
  return length >= MIN_BUCKET && length <= MAX_BUCKET && (length & (length - 1)) === 0;
}

function checkInputs(key: Uint8Array, recordId: Uint8Array): void {
  if (key.length !== 32) {
    throw new RangeError("a record key has 32 bytes");
  }
  if (recordId.length < 1 || recordId.length > 255) {
    throw new RangeError("a record id has 1..255 bytes");
  }
}

function associatedData(header: Uint8Array, recordId: Uint8Array): Bytes {
  return concat(utf8(Labels.RECORD), [0], header, [recordId.length], recordId);
}

function aesKey(key: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", concat(key), "AES-GCM", false, [usage]);
}

export async function sealRecord(
  key: Uint8Array,
  type: string,
  recordId: Uint8Array,
  plaintext: Uint8Array,
  random: RandomSource = secureRandom,
): Promise<Bytes> {
  checkInputs(key, recordId);
  if (!TYPE_PATTERN.test(type)) {
    throw new RangeError("a record type is 1..32 of [a-z0-9-]");
  }
  const padded = new Uint8Array(bucketSize(plaintext.length));
  padded.set(plaintext);
  padded[plaintext.length] = 0x80;
  const nonce = random(NONCE_LENGTH);
  const label = utf8(type);
  const header = concat([VERSION, label.length], label, nonce);
  const body = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: nonce, additionalData: associatedData(header, recordId), tagLength: 128 },
    await aesKey(key, "encrypt"),
    padded,
  );
  padded.fill(0);
  return concat(header, new Uint8Array(body));
}

/** The clear header: version, type, padded length. Checks the whole shape, needs no key. */
export function parseRecordHeader(ciphertext: Uint8Array): {
  type: string;
  paddedLength: number;
  bodyOffset: number;
  nonce: Bytes;
} {
  const reader = new ByteReader(ciphertext, "record");
  const version = reader.u8("version");
  if (version !== VERSION) {
    throw new UnsupportedVersionError(`record: unknown format version ${version}`);
  }
  const label = reader.take(reader.u8("type length"), "type label");
  const type = String.fromCharCode(...label);
  if (!TYPE_PATTERN.test(type)) {
    throw new MalformedInputError("record header: type label is not 1..32 of [a-z0-9-]");
  }
  const nonce = reader.take(NONCE_LENGTH, "nonce");
  const paddedLength = reader.remaining() - TAG_LENGTH;
  if (!isBucketSize(paddedLength)) {
    throw new MalformedInputError("record: body is not a padded size plus a tag");
  }
  return { type, paddedLength, bodyOffset: reader.position(), nonce };
}

export async function openRecord(
  key: Uint8Array,
  expectedType: string,
  recordId: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes> {
  checkInputs(key, recordId);
  const parsed = parseRecordHeader(ciphertext);
  if (parsed.type !== expectedType) {
    throw new WrongRecordTypeError("record is of another type than expected");
  }
  let padded: Bytes;
  try {
    const header = ciphertext.subarray(0, parsed.bodyOffset);
    padded = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: "AES-GCM",
          iv: parsed.nonce,
          additionalData: associatedData(header, recordId),
          tagLength: 128,
        },
        await aesKey(key, "decrypt"),
        concat(ciphertext.subarray(parsed.bodyOffset)),
      ),
    );
  } catch {
    throw new DecryptionFailedError(
      "record: authentication failed (altered, moved from another record, or another key)",
    );
  }
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) {
    end--;
  }
  if (end < 0 || padded[end] !== 0x80) {
    throw new MalformedInputError("record: padding has no 0x80 end marker");
  }
  const plaintext = padded.slice(0, end);
  padded.fill(0);
  return plaintext;
}
