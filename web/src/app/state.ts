import type { Session } from "./account";

/** The session lives in memory only: a reload logs out, and no key ever touches storage. */
let current: Session | null = null;

export function session(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
}
