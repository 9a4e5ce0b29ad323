import { type Bytes, concat, copy, u32, utf8 } from "./bytes";
import {
  DecryptionFailedError,
  MalformedInputError,
  TruncatedStreamError,
  UnsupportedVersionError,
} from "./errors";
import { hkdf } from "./hash";
import { Labels } from "./labels";
import { type RandomSource, secureRandom } from "./random";

/**
 * STREAM segments, as org.aparte.crypto.stream.StreamCipher:
 * header = 0x01 || exponent || salt (32) || nonce prefix (7);
 * segment key = HKDF-SHA256(file key, salt, utf8("aparte/stream/v1") || 0x00 || associated data);
 * segment i = AES-256-GCM(nonce = prefix || i (4) || last (1), aad = header).
 * WebCrypto cannot stream one GCM call, so this works segment by segment on whole buffers.
 */
const VERSION = 1;
const HEADER_LENGTH = 41;
const TAG_LENGTH = 16;
export const DEFAULT_SEGMENT_EXPONENT = 16;

async function segmentKey(
  fileKey: Uint8Array,
  associatedData: Uint8Array,
  header: Uint8Array,
  usage: KeyUsage,
): Promise<CryptoKey> {
  if (fileKey.length !== 32) {
    throw new RangeError("a file key has 32 bytes");
  }
  if (associatedData.length < 1 || associatedData.length > 255) {
    throw new RangeError("associated data has 1..255 bytes");
  }
  const salt = header.subarray(2, 34);
  const key = await hkdf(fileKey, salt, concat(utf8(Labels.STREAM), [0], associatedData), 32);
  return crypto.subtle.importKey("raw", key, "AES-GCM", false, [usage]);
}

function nonce(header: Uint8Array, index: number, last: boolean): Bytes {
  return concat(header.subarray(34, 41), u32(index), [last ? 1 : 0]);
}

/** Encrypts a whole buffer; exponent 16..20 (the Java encryption range; tests may pass 10..20). */
export async function encryptStream(
  fileKey: Uint8Array,
  associatedData: Uint8Array,
  plaintext: Uint8Array,
  exponent: number = DEFAULT_SEGMENT_EXPONENT,
  random: RandomSource = secureRandom,
): Promise<Bytes> {
  if (exponent < 10 || exponent > 20) {
    throw new RangeError("segment exponent must be 10..20");
  }
  const header = concat([VERSION, exponent], random(32), random(7));
  const key = await segmentKey(fileKey, associatedData, header, "encrypt");
  const size = 1 << exponent;
  const parts: Uint8Array[] = [header];
  for (let index = 0, at = 0; ; index++, at += size) {
    const last = plaintext.length - at <= size;
    const segment = plaintext.subarray(at, last ? plaintext.length : at + size);
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv: nonce(header, index, last), additionalData: header, tagLength: 128 },
      key,
      copy(segment),
    );
    parts.push(new Uint8Array(sealed));
    if (last) {
      return concat(...parts);
    }
  }
}

/** Decrypts a whole buffer, refusing truncation, reordering and trailing bytes. */
export async function decryptStream(
  fileKey: Uint8Array,
  associatedData: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes> {
  if (ciphertext.length === 0) {
    throw new MalformedInputError("stream: empty input, no header");
  }
  if (ciphertext[0] !== VERSION) {
    throw new UnsupportedVersionError(`stream: unknown format version ${ciphertext[0]}`);
  }
  if (ciphertext.length < HEADER_LENGTH) {
    throw new MalformedInputError("stream: truncated header");
  }
  const exponent = ciphertext[1] ?? 0;
  if (exponent < 10 || exponent > 20) {
    throw new MalformedInputError("stream: segment size exponent not 10..20");
  }
  const header = copy(ciphertext.subarray(0, HEADER_LENGTH));
  const key = await segmentKey(fileKey, associatedData, header, "decrypt");
  const chunk = (1 << exponent) + TAG_LENGTH;
  const open = async (index: number, last: boolean, sealed: Uint8Array): Promise<Bytes> => {
    try {
      const iv = nonce(header, index, last);
      return new Uint8Array(
        await crypto.subtle.decrypt(
          { name: "AES-GCM", iv, additionalData: header, tagLength: 128 },
          key,
          copy(sealed),
        ),
      );
    } catch {
      throw new DecryptionFailedError(`stream: segment ${index} failed authentication`);
    }
  };
  const parts: Uint8Array[] = [];
  for (let index = 0, at = HEADER_LENGTH; ; index++, at += chunk) {
    const available = ciphertext.length - at;
    if (available > chunk) {
      parts.push(await open(index, false, ciphertext.subarray(at, at + chunk)));
      continue;
    }
    if (available === 0) {
      throw new TruncatedStreamError("stream: no segment after the header");
    }
    if (available < TAG_LENGTH) {
      throw new DecryptionFailedError("stream: final segment shorter than a tag");
    }
    const sealed = ciphertext.subarray(at);
    try {
      parts.push(await open(index, true, sealed));
      return concat(...parts);
    } catch (notFinal) {
      // A full chunk that authenticates as non-final means the stream was cut at a boundary.
      if (available === chunk) {
        const asNonFinal = await open(index, false, sealed).then(
          () => true,
          () => false,
        );
        if (asNonFinal) {
          throw new TruncatedStreamError(`stream: ends after segment ${index}, not final`);
        }
      }
      throw notFinal;
    }
  }
}
