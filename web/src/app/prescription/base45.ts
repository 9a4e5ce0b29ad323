/** RFC 9285 Base45 decoding, as Base45.java: what the prescription's QR code holds after "RX1:". */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

export class MalformedCodeError extends Error {}

export function base45Decode(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new MalformedCodeError("base45: impossible length");
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const pair = i + 2 < text.length;
    const n = digit(text, i) + digit(text, i + 1) * 45 + (pair ? digit(text, i + 2) * 2025 : 0);
    if (n > (pair ? 0xffff : 0xff)) throw new MalformedCodeError("base45: value out of range");
    if (pair) out.push(n >>> 8);
    out.push(n & 0xff);
  }
  return new Uint8Array(out);
}

function digit(text: string, index: number): number {
  const d = ALPHABET.indexOf(text.charAt(index));
  if (d < 0) throw new MalformedCodeError("base45: a character outside the alphabet");
  return d;
}
