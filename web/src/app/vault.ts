import { DecryptionFailedError, openRecord, sealRecord, utf8 } from "../crypto";
import { ApiError, api, fromBase64, toBase64 } from "./api";
import type { Session } from "./account";
import { acceptsUnbound, checkNotOlder, sawVersion, unboundRecordId, vaultRecordId, versionFloor } from "./vault-history";

/**
 * The patient's vault, as org.aparte.client.vault.VaultSync: a JSON VaultDocument in a "vault"
 * record (record id: the account id and the version it is stored as) under the vault key. Fields
 * this app does not know are kept as they are, so the Java SDK's data survives a write from the
 * browser.
 */
export interface AppointmentRef {
  bookingId: string;
  practiceId: string;
  slotIds: string[];
  visitTypeName: string | null;
  practiceName: string | null;
  start: string | null;
  dataKey: string;
  cancelSecret: string;
  forRelativeId: string | null;
  status: string | null;
  note: string | null;
}

export interface VaultRelative {
  id: string;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  relationship: string | null;
}

export interface HeldToken {
  token: string;
  epoch: number;
  acceptedUntil: string;
}

export interface VaultProfile {
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
  socialSecurityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface VaultDocument {
  profile: VaultProfile | null;
  relatives: VaultRelative[] | null;
  appointments: AppointmentRef[] | null;
  reminderPreferences: unknown;
  bookingTokens: HeldToken[] | null;
  [other: string]: unknown;
}

const RECORD_TYPE = "vault";
const MAX_ATTEMPTS = 10;

export function emptyVault(): VaultDocument {
  return { profile: null, relatives: [], appointments: [], reminderPreferences: null, bookingTokens: [] };
}

async function fetchVault(session: Session): Promise<{ version: number; document: VaultDocument }> {
  const floor = versionFloor(session);
  const state = await api<{ version: number; ciphertext?: string | null }>(
    "GET",
    "/v1/vault",
    undefined,
    session.token,
  );
  checkNotOlder(state.version, floor);
  if (state.version === 0 || state.ciphertext == null) {
    return { version: 0, document: emptyVault() };
  }
  const plaintext = await openVault(session, state.version, fromBase64(state.ciphertext));
  const document = JSON.parse(new TextDecoder().decode(plaintext)) as VaultDocument;
  plaintext.fill(0);
  return { version: state.version, document };
}

/** Opened with the version bound (vault-history.ts), or unbound if written before that. */
async function openVault(session: Session, version: number, ciphertext: Uint8Array): Promise<Uint8Array> {
  const key = session.keys.vaultKey;
  try {
    const plaintext = await openRecord(key, RECORD_TYPE, vaultRecordId(session.accountId, version), ciphertext);
    sawVersion(session, version, true);
    return plaintext;
  } catch (error) {
    if (!(error instanceof DecryptionFailedError) || !acceptsUnbound(session)) throw error;
    const plaintext = await openRecord(key, RECORD_TYPE, unboundRecordId(session.accountId), ciphertext);
    sawVersion(session, version, false);
    return plaintext;
  }
}

export async function readVault(session: Session): Promise<VaultDocument> {
  return (await fetchVault(session)).document;
}

/** The last write queued per session: one tab's writes run one after another. */
const queues = new WeakMap<Session, Promise<unknown>>();

/**
 * Applies `change` to the current document and writes it with the version read; on a conflict
 * (another device wrote first) reads again and re-applies, so no edit is lost. Writes from this
 * tab are queued rather than raced: a tab never conflicts with itself (the token top-up after
 * login, a delayed booking write and a profile save would otherwise meet as 409s).
 */
export function updateVault(
  session: Session,
  change: (document: VaultDocument) => VaultDocument,
): Promise<VaultDocument> {
  const previous = queues.get(session) ?? Promise.resolve();
  const next = previous.then(
    () => writeVault(session, change),
    () => writeVault(session, change),
  );
  queues.set(session, next);
  return next;
}

async function writeVault(
  session: Session,
  change: (document: VaultDocument) => VaultDocument,
): Promise<VaultDocument> {
  for (let attempt = 1; ; attempt++) {
    const current = await fetchVault(session);
    const next = change(structuredClone(current.document));
    const plaintext = utf8(JSON.stringify(next));
    const ciphertext = await sealRecord(
      session.keys.vaultKey,
      RECORD_TYPE,
      vaultRecordId(session.accountId, current.version + 1),
      plaintext,
    );
    plaintext.fill(0);
    try {
      await api(
        "PUT",
        "/v1/vault",
        { expectedVersion: current.version, ciphertext: toBase64(ciphertext) },
        session.token,
      );
      sawVersion(session, current.version + 1, true);
      return next;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== "vault_conflict" || attempt >= MAX_ATTEMPTS) {
        throw error;
      }
    }
  }
}

/** Adds or replaces (by booking id) an appointment. */
export function withAppointment(document: VaultDocument, ref: AppointmentRef): VaultDocument {
  const others = (document.appointments ?? []).filter((a) => a.bookingId !== ref.bookingId);
  return { ...document, appointments: [...others, ref] };
}

export function withoutToken(document: VaultDocument, token: string): VaultDocument {
  return { ...document, bookingTokens: (document.bookingTokens ?? []).filter((t) => t.token !== token) };
}

export function withRelative(document: VaultDocument, relative: VaultRelative): VaultDocument {
  const others = (document.relatives ?? []).filter((r) => r.id !== relative.id);
  return { ...document, relatives: [...others, relative] };
}
