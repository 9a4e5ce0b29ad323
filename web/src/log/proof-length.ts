/**
 * How many hashes an RFC 9162 proof carries, from the sizes alone: ProofPlan in the Java module.
 * Verifiers demand exactly this length before hashing anything. Sizes are bigints because
 * JavaScript's bitwise operators stop at 32 bits and a log's size need not.
 */

/** The largest power of two smaller than n, for n > 1: where RFC 9162 splits a tree. */
export function split(n: bigint): bigint {
  let k = 1n;
  while (k << 1n < n) {
    k <<= 1n;
  }
  return k;
}

/** |PATH(index, D[0:size])| of section 2.1.3.1, for 0 <= index < size. */
export function inclusionProofLength(index: bigint, size: bigint): number {
  let length = 0;
  let low = 0n;
  let high = size;
  while (high - low > 1n) {
    const middle = low + split(high - low);
    if (index < middle) {
      high = middle;
    } else {
      low = middle;
    }
    length++;
  }
  return length;
}

/** |PROOF(first, D[0:second])| of section 2.1.4.1, for 0 < first < second. */
export function consistencyProofLength(first: bigint, second: bigint): number {
  let length = 0;
  let low = 0n;
  let high = second;
  let firstIsWholeSubtree = true;
  while (first !== high) {
    const middle = low + split(high - low);
    if (first <= middle) {
      high = middle;
    } else {
      low = middle;
      firstIsWholeSubtree = false;
    }
    length++;
  }
  return firstIsWholeSubtree ? length : length + 1;
}
