import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { CryptoError } from "../src/crypto/errors";

/** The language-neutral vectors shared with the Java crypto tests (testdata/vectors/). */
export interface VectorFile<C> {
  readonly format: string;
  readonly cases: readonly C[];
}

export function loadVectors<C>(name: string): VectorFile<C> {
  const url = new URL(`../../testdata/vectors/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as VectorFile<C>;
}

/** Asserts that `action` fails with the typed error the vector names. */
export async function expectCryptoError(
  action: () => Promise<unknown> | unknown,
  kind: string | undefined,
): Promise<void> {
  let thrown: unknown = undefined;
  try {
    await action();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected ${kind}`).toBeInstanceOf(CryptoError);
  expect((thrown as CryptoError).kind).toBe(kind);
}

/** A random source that hands out exactly the given bytes, in order: to replay a vector's seal. */
export function replay(...chunks: Uint8Array[]): (length: number) => Uint8Array<ArrayBuffer> {
  const queue = [...chunks];
  return (length) => {
    const next = queue.shift();
    if (next === undefined || next.length !== length) {
      throw new Error(`replay: asked for ${length} bytes, had ${next?.length ?? "none"}`);
    }
    return Uint8Array.from(next);
  };
}
