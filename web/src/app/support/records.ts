import { concat, toHex, utf8 } from "../../crypto";
import { subkey } from "../../crypto/hash";
import { uuidBytes } from "../keybundle";
import type { AppointmentRef, VaultDocument, VaultProfile } from "../vault";

/**
 * VaultRecord and SupportRefs of the Java SDK: the records a patient can offer to a ticket, with
 * their fields by RefKind's names, and their opaque handles (HMAC-SHA256 under a key derived from
 * the vault key, first 16 bytes) that only the owner can compute or recognise.
 */
export type RefKind = "BOOKING" | "PRACTICE_BOOKING" | "PROFILE";

export interface VaultRecord {
  kind: RefKind;
  id: string;
  /** For display: the profile, or a booking's start (ISO) */
  start: string | null;
  fields: Record<string, string>;
}

export const PROFILE_ID = "00000000-0000-0000-0000-000000000000";
const SUPPORT_REF_KEY = "aparte/support-ref-key/v1";

/** java.time.OffsetDateTime.toString at UTC: seconds and fractions only when not zero. */
export function javaUtcString(iso: string): string {
  const date = new Date(iso);
  const text = date.toISOString(); // yyyy-MM-ddTHH:mm:ss.SSSZ
  const ms = date.getUTCMilliseconds();
  if (ms !== 0) return text;
  return date.getUTCSeconds() !== 0 ? `${text.slice(0, 19)}Z` : `${text.slice(0, 16)}Z`;
}

function put(fields: Record<string, string>, name: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined) fields[name] = value;
}

export function profileRecord(p: VaultProfile | null): VaultRecord {
  const fields: Record<string, string> = {};
  put(fields, "first-name", p?.firstName);
  put(fields, "last-name", p?.lastName);
  put(fields, "birth-date", p?.birthDate);
  put(fields, "social-security-number", p?.socialSecurityNumber);
  put(fields, "phone", p?.phone);
  put(fields, "email", p?.email);
  put(fields, "address", p?.address);
  return { kind: "PROFILE", id: PROFILE_ID, start: null, fields };
}

export function bookingRecord(a: AppointmentRef): VaultRecord {
  const fields: Record<string, string> = {};
  put(fields, "date", a.start === null ? null : javaUtcString(a.start));
  put(fields, "practice", a.practiceName);
  put(fields, "visit-type", a.visitTypeName);
  put(fields, "status", a.status);
  put(fields, "note", a.note);
  return { kind: "BOOKING", id: a.bookingId, start: a.start, fields };
}

export function vaultRecords(vault: VaultDocument): VaultRecord[] {
  return [profileRecord(vault.profile), ...(vault.appointments ?? []).map(bookingRecord)];
}

/** HMAC-SHA256(subkey(vaultKey), ticketId (16) || kind name || record id (16)), first 16 bytes. */
export async function handle(vaultKey: Uint8Array, ticketId: string, kind: RefKind, recordId: string): Promise<Uint8Array> {
  const raw = await subkey(vaultKey, SUPPORT_REF_KEY);
  const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  raw.fill(0);
  const mac = await crypto.subtle.sign("HMAC", key, concat(uuidBytes(ticketId), utf8(kind), uuidBytes(recordId)));
  return new Uint8Array(mac).slice(0, 16);
}

/** Handle (hex) → the record it stands for. */
export async function indexRecords(
  vaultKey: Uint8Array,
  ticketId: string,
  records: readonly VaultRecord[],
): Promise<Map<string, VaultRecord>> {
  const out = new Map<string, VaultRecord>();
  for (const record of records) {
    out.set(toHex(await handle(vaultKey, ticketId, record.kind, record.id)), record);
  }
  return out;
}
