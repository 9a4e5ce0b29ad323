import { toHex } from "../../crypto";
import { fromBase64 } from "../api";
import type { RefKind } from "./records";

/** RefKind.fields() of the Java protocol: the field names an agent may ask for, by kind. */
export const FIELDS_BY_KIND: Record<RefKind, readonly string[]> = {
  BOOKING: ["date", "practice", "visit-type", "status", "note"],
  PRACTICE_BOOKING: ["date", "patient-name", "visit-type", "status", "reason"],
  PROFILE: ["first-name", "last-name", "birth-date", "social-security-number", "phone", "email", "address"],
};

/** An offered record as the agent sees it: an opaque handle, its kind, and its rank among that kind. */
export interface OfferedRef {
  handle: string;
  kind: RefKind;
  rank: number;
}

/** Numbers the ticket's handles per kind (1, 2, …) in the order the ticket lists them. */
export function rankRefs(refs: readonly { handle: string; kind: RefKind }[]): Map<string, OfferedRef> {
  const counts = new Map<RefKind, number>();
  const out = new Map<string, OfferedRef>();
  for (const ref of refs) {
    const rank = (counts.get(ref.kind) ?? 0) + 1;
    counts.set(ref.kind, rank);
    out.set(toHex(fromBase64(ref.handle)), { handle: ref.handle, kind: ref.kind, rank });
  }
  return out;
}
