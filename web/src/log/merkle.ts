import { equalBytes } from "../crypto/bytes";
import {
  LeafIndexOutOfRangeError,
  RootMismatchError,
  TreeSizeOrderError,
  WrongProofLengthError,
} from "./errors";
import { nodeHash, requireHash } from "./hashes";
import { consistencyProofLength, inclusionProofLength } from "./proof-length";

export { emptyRoot, leafHash, nodeHash } from "./hashes";

/**
 * RFC 9162 proof verification: InclusionVerifier and ConsistencyVerifier in the Java module, with
 * the same checks in the same order (sizes, hash lengths, exact proof length, then hashing), so a
 * bad proof fails with the same error on both sides.
 */

/** Section 2.1.3.2: resolves only if `proof` puts `leafHash` at `index` of the tree with `root`. */
export async function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Promise<void> {
  requireHash(root, "inclusion proof: root");
  const computed = await rootFromInclusionProof(index, size, leafHash, proof);
  if (!equalBytes(computed, root)) {
    throw new RootMismatchError("inclusion proof: the path leads to another root");
  }
}

/** The root `proof` leads to, after every precondition is checked. */
export async function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Promise<Uint8Array> {
  if (!isSize(index) || !isSize(size) || index >= size) {
    throw new LeafIndexOutOfRangeError(`inclusion proof: index ${index} not below size ${size}`);
  }
  requireHash(leafHash, "inclusion proof: leaf hash");
  const expected = inclusionProofLength(BigInt(index), BigInt(size));
  requireLength("inclusion proof", expected, proof);
  proof.forEach((hash) => requireHash(hash, "inclusion proof: path element"));
  let fn = BigInt(index);
  let sn = BigInt(size) - 1n;
  let r: Uint8Array = leafHash;
  for (const p of proof) {
    if ((fn & 1n) === 1n || fn === sn) {
      r = await nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  // Cannot happen after the exact length check; kept because it is the RFC's own guard.
  if (sn !== 0n) {
    throw new WrongProofLengthError("inclusion proof: the path ends below the root");
  }
  return r;
}

/**
 * Section 2.1.4.2: resolves only if the tree of `first` leaves with `firstRoot` is a prefix of
 * the tree of `second` leaves with `secondRoot`. A failure is what a forked or rolled-back log
 * looks like.
 */
export async function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): Promise<void> {
  if (!isSize(first) || !isSize(second) || second < first) {
    throw new TreeSizeOrderError(`consistency proof: size ${first} then ${second}`);
  }
  requireHash(firstRoot, "consistency proof: first root");
  requireHash(secondRoot, "consistency proof: second root");
  if (first === 0 || first === second) {
    requireLength("consistency proof", 0, proof);
    if (first === second && !equalBytes(firstRoot, secondRoot)) {
      throw new RootMismatchError("consistency proof: same size, another root");
    }
    return;
  }
  requireLength("consistency proof", consistencyProofLength(BigInt(first), BigInt(second)), proof);
  proof.forEach((hash) => requireHash(hash, "consistency proof: element"));
  const [head, ...rest] = isPowerOfTwo(first) ? [firstRoot, ...proof] : proof;
  if (head === undefined) {
    throw new WrongProofLengthError("consistency proof: empty");
  }
  let fn = BigInt(first) - 1n;
  let sn = BigInt(second) - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr: Uint8Array = head;
  let sr: Uint8Array = head;
  for (const c of rest) {
    if ((fn & 1n) === 1n || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  // Cannot happen after the exact length check; kept because it is the RFC's own guard.
  if (sn !== 0n) {
    throw new WrongProofLengthError("consistency proof: the path ends below the root");
  }
  if (!equalBytes(fr, firstRoot)) {
    throw new RootMismatchError("consistency proof: the first tree's root differs");
  }
  if (!equalBytes(sr, secondRoot)) {
    throw new RootMismatchError("consistency proof: the second tree's root differs");
  }
}

function isSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isPowerOfTwo(n: number): boolean {
  const b = BigInt(n);
  return (b & (b - 1n)) === 0n;
}

function requireLength(what: string, expected: number, proof: readonly Uint8Array[]): void {
  if (proof.length !== expected) {
    throw new WrongProofLengthError(`${what}: ${proof.length} hashes, expected ${expected}`);
  }
}
