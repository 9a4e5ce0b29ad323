import { encodeBookingToken } from "../crypto/token";
import { completeBookingToken, requestBookingToken } from "../crypto/token-issuance";
import { importIssuerKey } from "../crypto/issuer-key";
import type { Session } from "./account";
import { ApiError, api, fromBase64, toBase64 } from "./api";
import { EntryKind, TOKEN_ISSUER_SUBJECT } from "./log/entries";
import { requireLogged } from "./log/directory";
import { type HeldToken, type VaultDocument, readVault, updateVault } from "./vault";

/**
 * The booking-token wallet, as TokenWallet / TokenIssuance in the Java SDK: at login (never right
 * before a booking) the app blinds a batch of tokens, has them signed with the session, unblinds
 * and checks each, and keeps them in the vault. The epoch's issuer key must be in the transparency
 * log first: a key made for one patient would let the issuer recognise their tokens at booking.
 */
export const TARGET_TOKENS = 6;
const MAX_BATCH = 10;

interface IssuerKeyInfo {
  epoch: number;
  publicKey: string;
  startsAt: string;
  endsAt: string;
  acceptedUntil: string;
}

function usable(token: HeldToken, now: number): boolean {
  return Date.parse(token.acceptedUntil) > now;
}

export function usableTokens(document: VaultDocument, now = Date.now()): HeldToken[] {
  return (document.bookingTokens ?? []).filter((t) => usable(t, now));
}

/** The token to spend next: the one that expires first. */
export function pickToken(document: VaultDocument, now = Date.now()): HeldToken | undefined {
  return usableTokens(document, now).sort((a, b) => Date.parse(a.acceptedUntil) - Date.parse(b.acceptedUntil))[0];
}

async function currentKey(now: number): Promise<IssuerKeyInfo> {
  const { keys } = await api<{ keys: IssuerKeyInfo[] }>("GET", "/v1/tokens/keys");
  const key = keys.find((k) => Date.parse(k.startsAt) <= now && Date.parse(k.endsAt) > now);
  if (key === undefined) {
    throw new Error("the server publishes no issuer key for now");
  }
  return key;
}

async function fetchTokens(session: Session, count: number, now: number): Promise<HeldToken[]> {
  const info = await currentKey(now);
  const der = fromBase64(info.publicKey);
  await requireLogged(EntryKind.ISSUER_EPOCH_KEY, "token-issuer", TOKEN_ISSUER_SUBJECT, info.epoch + 1, der);
  const issuer = await importIssuerKey(der);
  const out: HeldToken[] = [];
  while (out.length < count) {
    const batch = Math.min(count - out.length, MAX_BATCH);
    const pending = await Promise.all(
      Array.from({ length: batch }, () => requestBookingToken(issuer, info.epoch)),
    );
    let answer: { epoch: number; blindSignatures: string[] };
    try {
      answer = await api(
        "POST",
        "/v1/tokens",
        { epoch: info.epoch, blindedMessages: pending.map((p) => toBase64(p.blindedMessage)) },
        session.token,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === "token_limit_reached") break;
      throw error;
    }
    if (answer.epoch !== info.epoch || answer.blindSignatures.length > batch) {
      throw new Error("the server answered a different token request");
    }
    for (const [i, signature] of answer.blindSignatures.entries()) {
      const token = await completeBookingToken(issuer, pending[i]!, fromBase64(signature));
      out.push({ token: toBase64(encodeBookingToken(token)), epoch: info.epoch, acceptedUntil: info.acceptedUntil });
    }
    if (answer.blindSignatures.length < batch) break;
  }
  return out;
}

/** Tops the vault up to `target` usable tokens; returns how many it holds afterwards. */
export async function refillTokens(session: Session, target = TARGET_TOKENS): Promise<number> {
  const now = Date.now();
  const held = usableTokens(await readVault(session), now).length;
  if (held >= target) return held;
  const fresh = await fetchTokens(session, target - held, now);
  if (fresh.length === 0) return held;
  const stored = await updateVault(session, (document) => {
    const kept = usableTokens(document, now);
    const added = fresh.filter((f) => !kept.some((k) => k.token === f.token));
    return { ...document, bookingTokens: [...kept, ...added] };
  });
  return (stored.bookingTokens ?? []).length;
}
