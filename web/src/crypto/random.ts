import type { Bytes } from "./bytes";

/** Where randomness comes from: a parameter, like the Java module's SecureRandom, so tests can fix it. */
export type RandomSource = (length: number) => Bytes;

export const secureRandom: RandomSource = (length) => {
  const out = new Uint8Array(length);
  crypto.getRandomValues(out);
  return out;
};
