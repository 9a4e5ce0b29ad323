import type { Session } from "./account";
import { refillTokens } from "./tokens";

/** The session lives in memory only: a reload logs out, and no key ever touches storage. */
let current: Session | null = null;
let tokens: Promise<number> = Promise.resolve(0);

export function session(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  // Booking tokens are fetched at login, not right before a booking, so issuance and booking are
  // apart in time; the booking form waits for this if it is still running.
  tokens =
    next !== null && next.role === "PATIENT"
      ? refillTokens(next).catch(() => 0)
      : Promise.resolve(0);
}

/** Settles once the login's token refill is done (successful or not). */
export function tokensReady(): Promise<number> {
  return tokens;
}
