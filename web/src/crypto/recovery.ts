import { type Bytes, concat, copy, equalBytes } from "./bytes";
import { InvalidRecoveryCodeError } from "./errors";
import { labelledHash, subkey } from "./hash";
import { Labels } from "./labels";
import { type RandomSource, secureRandom } from "./random";

/**
 * The recovery code, as org.aparte.crypto.password.RecoveryCode: 16 random bytes and a 4-byte
 * checksum SHA-256(utf8("aparte/recovery-checksum/v1") || 0x00 || entropy)[0..4], written in
 * Crockford base32 as 8 groups of 4. Read forgivingly: case, hyphens and spaces ignored, I and L
 * are 1, O is 0. Error messages never repeat the code.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SYMBOLS = 32;
const ENTROPY_LENGTH = 16;

async function checksum(entropy: Uint8Array): Promise<Bytes> {
  return copy((await labelledHash(Labels.RECOVERY_CHECKSUM, entropy)).subarray(0, 4));
}

function encodeBase32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function decodeBase32(symbols: string): Bytes {
  const out = new Uint8Array((symbols.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const symbol of symbols) {
    buffer = (buffer << 5) | ALPHABET.indexOf(symbol);
    bits += 5;
    if (bits >= 8) {
      out[at++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return out;
}

function canonicalSymbol(typed: string): string | null {
  const upper = typed >= "a" && typed <= "z" ? typed.toUpperCase() : typed;
  const symbol = upper === "I" || upper === "L" ? "1" : upper === "O" ? "0" : upper;
  return symbol.length === 1 && ALPHABET.includes(symbol) ? symbol : null;
}

export class RecoveryCode {
  private constructor(private readonly entropy: Bytes) {}

  static generate(random: RandomSource = secureRandom): RecoveryCode {
    return new RecoveryCode(random(ENTROPY_LENGTH));
  }

  static fromEntropy(entropy: Uint8Array): RecoveryCode {
    if (entropy.length !== ENTROPY_LENGTH) {
      throw new RangeError("recovery entropy is 16 bytes");
    }
    return new RecoveryCode(copy(entropy));
  }

  static async parse(typed: string): Promise<RecoveryCode> {
    let symbols = "";
    let count = 0;
    for (const c of typed) {
      if (c === "-" || /\s/.test(c)) {
        continue;
      }
      const symbol = canonicalSymbol(c);
      if (symbol === null) {
        throw new InvalidRecoveryCodeError(
          `character ${count + 1} of this recovery code cannot appear in one: recovery codes use ` +
            "only the digits 0 to 9 and the letters A to Z except U",
        );
      }
      symbols += symbol;
      count++;
    }
    if (count !== SYMBOLS) {
      throw new InvalidRecoveryCodeError(
        `a recovery code has ${SYMBOLS} characters (not counting hyphens), this one has ${count}`,
      );
    }
    const payload = decodeBase32(symbols);
    const entropy = payload.slice(0, ENTROPY_LENGTH);
    if (!equalBytes(payload.subarray(ENTROPY_LENGTH), await checksum(entropy))) {
      throw new InvalidRecoveryCodeError(
        "this recovery code has a typo: its checksum does not match; check each character",
      );
    }
    return new RecoveryCode(entropy);
  }

  /** XXXX-XXXX-… (39 characters), to show once at sign-up. */
  async revealForDisplay(): Promise<string> {
    const symbols = encodeBase32(concat(this.entropy, await checksum(this.entropy)));
    return symbols.match(/.{4}/g)?.join("-") ?? "";
  }

  authKey(): Promise<Bytes> {
    return subkey(this.entropy, Labels.RECOVERY_AUTH_KEY);
  }

  wrappingKey(): Promise<Bytes> {
    return subkey(this.entropy, Labels.RECOVERY_WRAPPING_KEY);
  }

  toString(): string {
    return "RecoveryCode[REDACTED]";
  }
}
