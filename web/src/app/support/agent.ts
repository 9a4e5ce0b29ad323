import { KeyKind, decodePrivateKey, encodeKey, equalBytes, publicKeyOf, unwrapKey } from "../../crypto";
import type { Session } from "../account";
import { ApiError, api, fromBase64 } from "../api";
import { requireLoggedAccountKey } from "../log/account-key";
import { practiceKeyRecordId } from "../practice-side";
import { type AccessRequest, type ScopeItem, teamKey } from "./desk";
import { type DisclosureView, ExpiredDisclosureError, openDisclosure } from "./disclosure";
import type { RefKind } from "./records";
import { type DisclosureContent, type SealedItem, openItem, sealItem } from "./seal";

/**
 * AgentDesk of the Java SDK, in the browser: the team key versions wrapped to this agent (opened
 * with the account key, checked against their public keys, kept in memory only), the queue, a
 * ticket read with the team key, replies and access requests sealed to the logged team key and the
 * logged owner key, and disclosures opened with the agent's own key.
 */
export type TeamKeys = Map<number, Uint8Array>;

export interface AgentTicket {
  ticketId: string;
  ownerId: string;
  ownerPublicKey: string;
  teamKeyVersion: number;
  subject: SealedItem;
  refs: { handle: string; kind: RefKind }[];
  messages: { messageId: string; agentId: string | null; teamKeyVersion: number; body: SealedItem; at: string }[];
  createdAt: string;
}

export interface OpenedTicket {
  ticketId: string;
  subject: string;
  createdAt: string;
  refs: { handle: string; kind: RefKind }[];
  messages: { agentId: string | null; text: string; at: string }[];
}

/** The team subject of a team key's record id, as TeamRotation.recordId. */
const SUPPORT_TEAM_SUBJECT = "00000000-0000-0000-0000-000000000007";

/** Every team key version wrapped to this agent; null when the account is not an agent (403). */
export async function teamKeys(session: Session): Promise<TeamKeys | null> {
  let wraps: { version: number; publicKey: string; wrappedKey: string }[];
  try {
    wraps = await api("GET", "/v1/support/team/keys/mine", undefined, session.token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
  const keys: TeamKeys = new Map();
  for (const wrap of wraps) {
    const recordId = practiceKeyRecordId(SUPPORT_TEAM_SUBJECT, wrap.version);
    const seed = await unwrapKey(fromBase64(wrap.wrappedKey), session.keys.encryptionPrivateKey, "support-team-key", recordId);
    const encoded = encodeKey(KeyKind.X_WING, seed);
    seed.fill(0);
    const publicKey = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(encoded)));
    if (!equalBytes(publicKey, fromBase64(wrap.publicKey))) {
      throw new Error(`team key ${wrap.version}: private key does not match its public key`);
    }
    keys.set(wrap.version, encoded);
  }
  return keys;
}

export async function queue(session: Session): Promise<string[]> {
  return (await api<{ ticketIds: string[] }>("GET", "/v1/support/tickets", undefined, session.token)).ticketIds;
}

function keyOf(keys: TeamKeys, version: number): Uint8Array {
  const key = keys.get(version);
  if (key === undefined) throw new RangeError(`team key version ${version} was never wrapped to this agent`);
  return key;
}

function fetchTicket(session: Session, ticketId: string): Promise<AgentTicket> {
  return api<AgentTicket>("GET", `/v1/support/tickets/${ticketId}`, undefined, session.token);
}

export async function readTicket(session: Session, keys: TeamKeys, ticketId: string): Promise<OpenedTicket> {
  const view = await fetchTicket(session, ticketId);
  const messages = [];
  for (const m of view.messages) {
    const text = await openItem(m.body, view.ticketId, m.messageId, keyOf(keys, m.teamKeyVersion), false);
    messages.push({ agentId: m.agentId, text, at: m.at });
  }
  const subject = await openItem(view.subject, view.ticketId, view.ticketId, keyOf(keys, view.teamKeyVersion), false);
  return { ticketId: view.ticketId, subject, createdAt: view.createdAt, refs: view.refs, messages };
}

/** Seals `text` to the logged team key and to the ticket owner's logged account key. */
async function sealForTicket(view: AgentTicket, itemId: string, text: string): Promise<{ version: number; sealed: SealedItem }> {
  const owner = fromBase64(view.ownerPublicKey);
  await requireLoggedAccountKey(view.ownerId, owner);
  const team = await teamKey();
  return { version: team.version, sealed: await sealItem(text, view.ticketId, itemId, team.publicKey, owner) };
}

export async function reply(session: Session, ticketId: string, text: string): Promise<void> {
  const view = await fetchTicket(session, ticketId);
  const messageId = crypto.randomUUID();
  const { version, sealed } = await sealForTicket(view, messageId, text);
  await api("POST", `/v1/support/tickets/${ticketId}/messages`, { messageId, teamKeyVersion: version, body: sealed }, session.token);
}

/** Asks the ticket's owner for `scope` during `durationSeconds`; returns the request id. */
export async function requestAccess(
  session: Session,
  ticketId: string,
  scope: ScopeItem[],
  reason: string,
  durationSeconds: number,
): Promise<string> {
  const view = await fetchTicket(session, ticketId);
  const requestId = crypto.randomUUID();
  const { version, sealed } = await sealForTicket(view, requestId, reason);
  await api(
    "POST",
    `/v1/support/tickets/${ticketId}/access-requests`,
    { requestId, scope, teamKeyVersion: version, reason: sealed, durationSeconds },
    session.token,
  );
  return requestId;
}

/** The ticket's requests, each with its reason opened with the team key. */
export async function requests(session: Session, keys: TeamKeys, ticketId: string): Promise<{ request: AccessRequest; reason: string }[]> {
  const list = await api<{ requests: AccessRequest[] }>("GET", `/v1/support/tickets/${ticketId}/access-requests`, undefined, session.token);
  const out = [];
  for (const request of list.requests) {
    const key = keyOf(keys, request.teamKeyVersion);
    out.push({ request, reason: await openItem(request.reason, ticketId, request.requestId, key, false) });
  }
  return out;
}

/** Fetches (a logged read) and opens a disclosure sealed to this agent's own key. */
/**
 * Disclosures this session has fetched and opened, by id: each fetch is a logged event the person
 * sees, so refreshing a ticket (whose request list already tells a revocation or an expiry) shows
 * the copy in memory instead of reading the disclosure again. Kept in memory only, gone at logout.
 */
const opened = new WeakMap<Session, Map<string, DisclosureContent>>();

/** An approved disclosure's content: fetched once per session, then from memory until its expiry. */
export async function fetchDisclosure(session: Session, disclosureId: string, now: number): Promise<DisclosureContent> {
  let mine = opened.get(session);
  if (mine === undefined) {
    mine = new Map();
    opened.set(session, mine);
  }
  const known = mine.get(disclosureId);
  if (known !== undefined) {
    if (now < Date.parse(known.expiresAt)) return known;
    mine.delete(disclosureId);
    throw new ExpiredDisclosureError("the disclosure has expired; not showing it");
  }
  const view = await api<DisclosureView>("GET", `/v1/support/disclosures/${disclosureId}`, undefined, session.token);
  const content = await openDisclosure(view, session.keys.encryptionPrivateKey, now);
  mine.set(disclosureId, content);
  return content;
}

/** Forgets a disclosure the request list says is revoked or expired. */
export function forgetDisclosure(session: Session, disclosureId: string): void {
  opened.get(session)?.delete(disclosureId);
}
