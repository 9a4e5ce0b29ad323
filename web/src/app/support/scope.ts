import { fromBase64 } from "../api";
import { toHex } from "../../crypto";

/** SupportScope.covers and the field filter of SupportDesk.approve in Java. */
export interface Scope {
  ref: string;
  fields: string[];
}

function normalize(scope: readonly Scope[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of scope) {
    const key = toHex(fromBase64(item.ref));
    const fields = out.get(key) ?? new Set<string>();
    item.fields.forEach((f) => fields.add(f));
    out.set(key, fields);
  }
  return out;
}

/** Whether every field of `narrower` is also in `wider`. */
export function covers(wider: readonly Scope[], narrower: readonly Scope[]): boolean {
  const allowed = normalize(wider);
  for (const [ref, fields] of normalize(narrower)) {
    const permitted = allowed.get(ref);
    if (permitted === undefined) return false;
    for (const field of fields) if (!permitted.has(field)) return false;
  }
  return true;
}

/** Only `names` of `fields`, sorted by name (Java's DisclosedRecord keeps a TreeMap). */
export function narrowed(fields: Record<string, string>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(fields).sort()) {
    const value = fields[name];
    if (names.includes(name) && value !== undefined) out[name] = value;
  }
  return out;
}
