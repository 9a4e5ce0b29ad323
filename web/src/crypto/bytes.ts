import { MalformedInputError } from "./errors";

/** Bytes backed by a plain ArrayBuffer, which is what WebCrypto accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

export function concat(...parts: ReadonlyArray<Uint8Array | readonly number[]>): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function utf8(text: string): Bytes {
  return Uint8Array.from(new TextEncoder().encode(text));
}

export function copy(bytes: Uint8Array): Bytes {
  return Uint8Array.from(bytes);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  }
  return diff === 0;
}

export function fromHex(hex: string): Bytes {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new Error("not hex");
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function u32(value: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** Reads an untrusted byte string front to back; running short is malformed input. */
export class ByteReader {
  private at = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {}

  u8(field: string): number {
    return this.take(1, field)[0] ?? 0;
  }

  u32(field: string): number {
    const b = this.take(4, field);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0);
  }

  take(length: number, field: string): Bytes {
    if (this.remaining() < length) {
      throw new MalformedInputError(`${this.what}: truncated at ${field}`);
    }
    const out = copy(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return out;
  }

  remaining(): number {
    return this.bytes.length - this.at;
  }

  position(): number {
    return this.at;
  }

  requireEnd(): void {
    if (this.remaining() !== 0) {
      throw new MalformedInputError(`${this.what}: ${this.remaining()} trailing bytes`);
    }
  }
}
