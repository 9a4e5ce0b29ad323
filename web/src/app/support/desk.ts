import { toHex } from "../../crypto";
import type { Session } from "../account";
import { api, fromBase64, toBase64 } from "../api";
import { requireLoggedAccountKey } from "../log/account-key";
import { requireLogged } from "../log/directory";
import { KeyEntryKind } from "../../log/key-entry";
import { type VaultRecord, handle, indexRecords } from "./records";
import { type SealedItem, openItemAsOwner, sealDisclosure, sealItem } from "./seal";
import { covers, narrowed } from "./scope";

/**
 * SupportDesk of the Java SDK, the user's side of support: open a ticket, read it, and decide on
 * access requests. Approving seals only the approved fields, from the vault, to the requesting
 * agent's own key once the log vouches for it.
 */
export interface ScopeItem {
  ref: string;
  fields: string[];
}

export interface AccessRequest {
  requestId: string;
  ticketId: string;
  agentId: string;
  agentKeyVersion: number;
  agentPublicKey: string;
  scope: ScopeItem[];
  teamKeyVersion: number;
  reason: SealedItem;
  durationSeconds: number;
  status: string;
  requestedAt: string;
  approvedScope: ScopeItem[] | null;
  expiresAt: string | null;
}

export interface Ticket {
  ticketId: string;
  ownerId: string;
  subject: SealedItem;
  messages: { messageId: string; agentId: string | null; body: SealedItem; at: string }[];
  createdAt: string;
}

const SUPPORT_TEAM_SUBJECT = "00000000-0000-0000-0000-000000000007";

export async function myTickets(session: Session): Promise<string[]> {
  return (await api<{ ticketIds: string[] }>("GET", "/v1/support/tickets/mine", undefined, session.token)).ticketIds;
}

export async function readTicket(
  session: Session,
  ticketId: string,
): Promise<{ subject: string; createdAt: string; messages: { fromAgent: boolean; text: string; at: string }[] }> {
  const view = await api<Ticket>("GET", `/v1/support/tickets/${ticketId}`, undefined, session.token);
  const key = session.keys.encryptionPrivateKey;
  const messages = [];
  for (const m of view.messages) {
    messages.push({ fromAgent: m.agentId !== null, text: await openItemAsOwner(m.body, ticketId, m.messageId, key), at: m.at });
  }
  return { subject: await openItemAsOwner(view.subject, ticketId, ticketId, key), createdAt: view.createdAt, messages };
}

/** The current team key, accepted only once the log shows it (kind 0x07). */
export async function teamKey(): Promise<{ version: number; publicKey: Uint8Array }> {
  const view = await api<{ version: number; publicKey: string }>("GET", "/v1/support/team/key");
  const publicKey = fromBase64(view.publicKey);
  await requireLogged(KeyEntryKind.SUPPORT_TEAM_KEY, "support-team", SUPPORT_TEAM_SUBJECT, view.version, publicKey);
  return { version: view.version, publicKey };
}

/** Opens a ticket offering `offered` (their handles only) for agents to ask about. */
export async function openTicket(session: Session, subject: string, offered: readonly VaultRecord[]): Promise<string> {
  const team = await teamKey();
  const ticketId = crypto.randomUUID();
  const refs = [];
  for (const record of offered) {
    refs.push({ handle: toBase64(await handle(session.keys.vaultKey, ticketId, record.kind, record.id)), kind: record.kind });
  }
  const sealed = await sealItem(subject, ticketId, ticketId, team.publicKey, session.keys.encryptionPublicKey);
  await api("POST", "/v1/support/tickets", { ticketId, teamKeyVersion: team.version, subject: sealed, refs }, session.token);
  return ticketId;
}

export async function postMessage(session: Session, ticketId: string, text: string): Promise<void> {
  const team = await teamKey();
  const messageId = crypto.randomUUID();
  const body = await sealItem(text, ticketId, messageId, team.publicKey, session.keys.encryptionPublicKey);
  await api("POST", `/v1/support/tickets/${ticketId}/messages`, { messageId, teamKeyVersion: team.version, body }, session.token);
}

/** The ticket's access requests with their reasons opened. */
export async function accessRequests(
  session: Session,
  ticketId: string,
): Promise<{ request: AccessRequest; reason: string }[]> {
  const list = await api<{ requests: AccessRequest[] }>(
    "GET",
    `/v1/support/tickets/${ticketId}/access-requests`,
    undefined,
    session.token,
  );
  const out = [];
  for (const request of list.requests) {
    out.push({
      request,
      reason: await openItemAsOwner(request.reason, ticketId, request.requestId, session.keys.encryptionPrivateKey),
    });
  }
  return out;
}

/** The latest expiry the request allows, in whole milliseconds (the record id carries ms). */
export function expiryOf(request: Pick<AccessRequest, "requestedAt" | "durationSeconds">): string {
  return new Date(Date.parse(request.requestedAt) + request.durationSeconds * 1000).toISOString();
}

/**
 * Approves `scope` (the request's or narrower): checks the agent's key in the log (as a support
 * agent key and as the agent account's own signed key), then seals only those fields to it.
 */
export async function approve(
  session: Session,
  request: AccessRequest,
  scope: ScopeItem[],
  offered: readonly VaultRecord[],
): Promise<void> {
  if (scope.length === 0 || !covers(request.scope, scope)) {
    throw new RangeError("an approval can only narrow the requested scope");
  }
  const agentKey = fromBase64(request.agentPublicKey);
  await requireLogged(KeyEntryKind.SUPPORT_AGENT_KEY, "support-agent", request.agentId, request.agentKeyVersion, agentKey);
  await requireLoggedAccountKey(request.agentId, agentKey);
  const expiresAt = expiryOf(request);
  const records = await indexRecords(session.keys.vaultKey, request.ticketId, offered);
  const disclosed = scope.map((item) => {
    const record = records.get(toHex(fromBase64(item.ref)));
    if (record === undefined) throw new RangeError("the scope names a record this vault does not hold");
    return { ref: item.ref, kind: record.kind, fields: narrowed(record.fields, item.fields) };
  });
  const sealed = await sealDisclosure(
    { version: 1, disclosureId: request.requestId, ticketId: request.ticketId, agentId: request.agentId, expiresAt, records: disclosed },
    agentKey,
  );
  await api(
    "POST",
    `/v1/support/access-requests/${request.requestId}/approval`,
    { scope, expiresAt, ciphertext: sealed.ciphertext, wrappedKey: sealed.wrappedKey },
    session.token,
  );
}

export async function deny(session: Session, requestId: string): Promise<void> {
  await api("POST", `/v1/support/access-requests/${requestId}/denial`, undefined, session.token);
}

/** Ends an approved disclosure now (its id is the request's); the server deletes it and logs it. */
export async function revoke(session: Session, disclosureId: string): Promise<void> {
  await api("POST", `/v1/support/disclosures/${disclosureId}/revocation`, undefined, session.token);
}
