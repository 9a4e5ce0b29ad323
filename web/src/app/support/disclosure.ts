import { openRecord, toHex, unwrapKey } from "../../crypto";
import { fromBase64 } from "../api";
import type { ScopeItem } from "./desk";
import { type DisclosureContent, disclosureRecordId } from "./seal";

/**
 * DisclosureSeal.open of the Java SDK, the agent's side: the record id binds disclosure id, agent
 * id and the expiry the server states, so a server that moves the expiry cannot make the key
 * unwrap; the opened content must then repeat the same ids and expiry, must not have expired at
 * `now`, and may hold no field outside the approved scope.
 */
export interface DisclosureView {
  disclosureId: string;
  ticketId: string;
  agentId: string;
  scope: ScopeItem[];
  expiresAt: string;
  ciphertext: string;
  wrappedKey: string;
}

/** The disclosure does not match what it was fetched as, or holds fields it may not. */
export class TamperedDisclosureError extends Error {}

/** The disclosure's authenticated expiry has passed: its fields are not shown. */
export class ExpiredDisclosureError extends Error {}

const DISCLOSURE = "support-disclosure";

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function fieldsOf(scope: readonly ScopeItem[], ref: string): Set<string> {
  const out = new Set<string>();
  const wanted = toHex(fromBase64(ref));
  for (const item of scope) if (toHex(fromBase64(item.ref)) === wanted) item.fields.forEach((f) => out.add(f));
  return out;
}

export async function openDisclosure(view: DisclosureView, agentPrivateKey: Uint8Array, now: number): Promise<DisclosureContent> {
  const expiresMillis = Date.parse(view.expiresAt);
  if (Number.isNaN(expiresMillis)) throw new TamperedDisclosureError("the disclosure's expiry is not a time");
  const recordId = disclosureRecordId(view.disclosureId, view.agentId, expiresMillis);
  const key = await unwrapKey(fromBase64(view.wrappedKey), agentPrivateKey, DISCLOSURE, recordId);
  let content: DisclosureContent;
  try {
    const plain = await openRecord(key, DISCLOSURE, recordId, fromBase64(view.ciphertext));
    content = JSON.parse(new TextDecoder().decode(plain)) as DisclosureContent;
    plain.fill(0);
  } finally {
    key.fill(0);
  }
  if (
    content.version !== 1 ||
    !sameId(content.disclosureId, view.disclosureId) ||
    !sameId(content.ticketId, view.ticketId) ||
    !sameId(content.agentId, view.agentId) ||
    Date.parse(content.expiresAt) !== expiresMillis
  ) {
    throw new TamperedDisclosureError("the disclosure does not match its ids or expiry");
  }
  if (now >= expiresMillis) throw new ExpiredDisclosureError("the disclosure has expired; not showing it");
  for (const record of content.records) {
    const allowed = fieldsOf(view.scope, record.ref);
    if (!Object.keys(record.fields).every((name) => allowed.has(name))) {
      throw new TamperedDisclosureError("the disclosure holds fields outside its scope");
    }
  }
  return content;
}
