import { KeyKind, concat, decodePrivateKey, encodeKey, equalBytes, publicKeyOf, u32, unwrapKey } from "../crypto";
import type { Session } from "./account";
import { api, fromBase64 } from "./api";
import type { AgendaEntry } from "./agenda-decrypt";
import { uuidBytes } from "./keybundle";

/**
 * The practice member's side, as Practices.keyring and Agenda in the Java SDK: every practice key
 * version wrapped to this member is unwrapped with the account's key and checked against its
 * public key; agenda entries are decrypted one by one so a bad one does not hide the others.
 */
export interface MyPractice {
  id: string;
  profile: { name: string; timeZone: string };
  role: string;
}

/** version -> encoded X-Wing private key, kept in memory only. */
export type Keyring = Map<number, Uint8Array>;

export function myPractices(session: Session): Promise<MyPractice[]> {
  return api<MyPractice[]>("GET", "/v1/practices/mine", undefined, session.token);
}

/** practiceId (16 bytes) || version (u32): the record id a practice key version is wrapped under. */
export function practiceKeyRecordId(practiceId: string, version: number): Uint8Array {
  return concat(uuidBytes(practiceId), u32(version));
}

export async function openKeyring(session: Session, practiceId: string): Promise<Keyring> {
  const keys = await api<{ version: number; publicKey: string; wrappedKey: string }[]>(
    "GET",
    `/v1/practices/${practiceId}/keys/mine`,
    undefined,
    session.token,
  );
  const ring: Keyring = new Map();
  for (const key of keys) {
    const seed = await unwrapKey(
      fromBase64(key.wrappedKey),
      session.keys.encryptionPrivateKey,
      "practice-key",
      practiceKeyRecordId(practiceId, key.version),
    );
    const encoded = encodeKey(KeyKind.X_WING, seed);
    const publicKey = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(encoded)));
    if (!equalBytes(publicKey, fromBase64(key.publicKey))) {
      throw new Error(`practice key ${key.version}: private key does not match its public key`);
    }
    ring.set(key.version, encoded);
  }
  if (ring.size === 0) throw new Error("no practice key is wrapped to this member");
  return ring;
}

export { type AgendaBooking, type AgendaEntry, type AgendaView, decryptAgenda } from "./agenda-decrypt";

/**
 * The server's entries for the bookings with a slot in [from, to) (at most 31 days), still
 * sealed: the agenda decrypts them (agenda-workers.ts) and checks each against what it names.
 */
export async function fetchAgendaEntries(session: Session, practiceId: string, from: Date, to: Date): Promise<AgendaEntry[]> {
  const path =
    `/v1/practices/${practiceId}/bookings?from=${encodeURIComponent(from.toISOString())}` +
    `&to=${encodeURIComponent(to.toISOString())}`;
  return (await api<{ bookings: AgendaEntry[] }>("GET", path, undefined, session.token)).bookings;
}

export type MemberStatus = "CANCELLED_BY_PRACTICE" | "ARRIVED" | "NO_SHOW";

export async function markBooking(session: Session, practiceId: string, bookingId: string, status: MemberStatus): Promise<void> {
  await api("POST", `/v1/practices/${practiceId}/bookings/${bookingId}/status`, { status }, session.token);
}
