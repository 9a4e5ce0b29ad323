import { describe, expect, test } from "vitest";
import { concat, fromHex, utf8 } from "../src/crypto";
import { bundleHashOf } from "../src/app/audit-checks";

// The web bundle statement of a kind 0x08 log entry, as WebBundleStatement encodes it in Java.
const HASH = "92d86affb9884ef259d9f11a2af44b9a7fcfd053ed542a765d6c435ce7a0180d";
const statement = concat([1], utf8("aparte/web-bundle/v1"), [0], fromHex(HASH));

describe("web bundle statement", () => {
  test("0x01 || label || 0x00 || hash gives the hash back", () => {
    expect(statement.length).toBe(54);
    expect(bundleHashOf(statement)).toBe(HASH);
  });

  test("another version, label, separator or length is refused", () => {
    const altered = (i: number): Uint8Array => {
      const copy = statement.slice();
      copy[i] = (copy[i] ?? 0) ^ 1;
      return copy;
    };
    expect(() => bundleHashOf(altered(0))).toThrow();
    expect(() => bundleHashOf(altered(5))).toThrow();
    expect(() => bundleHashOf(altered(21))).toThrow();
    expect(() => bundleHashOf(statement.subarray(0, 53))).toThrow();
  });
});
