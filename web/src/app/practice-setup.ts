import { KeyKind, decodePrivateKey, decodePublicKey, encodeKey, publicKeyOf, secureRandom, wrapKey } from "../crypto";
import type { Session } from "./account";
import { api, toBase64 } from "./api";
import { practiceKeyRecordId } from "./practice-side";

/**
 * Practice set-up from the browser, the same requests as Practices in the Java SDK and the CLI's
 * `practice create`, `visit-type set`, `hours set` and `closure add`: the practice's X-Wing key
 * pair is made here and its 32-byte seed wrapped to the creator (version 1, purpose
 * `practice-key`, record id practiceId || u32 1); the server only sees the public key.
 */
export interface PracticeProfile {
  name: string;
  practitioners: string[];
  specialty: string;
  address: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  languages: string[];
  phone: string;
  timeZone: string;
}

export interface VisitType {
  id: string;
  name: string;
  durationMinutes: number;
  bookableOnline: boolean;
  capacity: number;
}

/** A weekly window in the practice's local time (RuleSpec): day MONDAY..SUNDAY, HH:MM. */
export interface Rule {
  dayOfWeek: string;
  start: string;
  end: string;
  validFrom: string | null;
  validUntil: string | null;
}

export const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;

export async function createPractice(session: Session, profile: PracticeProfile): Promise<string> {
  const practiceId = crypto.randomUUID();
  const seed = secureRandom(32);
  const publicKey = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(encodeKey(KeyKind.X_WING, seed))));
  const mine = decodePublicKey(
    encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(session.keys.encryptionPrivateKey))),
  );
  const wrappedKey = await wrapKey(seed, mine, "practice-key", practiceKeyRecordId(practiceId, 1));
  seed.fill(0);
  await api("POST", "/v1/practices", { practiceId, profile, publicKey: toBase64(publicKey), wrappedKey: toBase64(wrappedKey) }, session.token);
  return practiceId;
}

export async function practiceDetails(practiceId: string): Promise<{ profile: PracticeProfile; visitTypes: VisitType[] }> {
  // Public, like the SDK's anonymous `show`: no session on a read anyone may make.
  return api("GET", `/v1/practices/${practiceId}`);
}

export async function putVisitType(session: Session, practiceId: string, visitType: VisitType): Promise<void> {
  const { id, ...body } = visitType;
  await api("PUT", `/v1/practices/${practiceId}/visit-types/${id}`, { ...body, followUp: null }, session.token);
}

export async function putRules(session: Session, practiceId: string, visitTypeId: string, rules: Rule[]): Promise<void> {
  await api("PUT", `/v1/practices/${practiceId}/visit-types/${visitTypeId}/rules`, { rules }, session.token);
}

export async function addClosure(session: Session, practiceId: string, from: string, until: string, visitTypeId: string | null): Promise<void> {
  await api("POST", `/v1/practices/${practiceId}/closures`, { closureId: crypto.randomUUID(), from, until, visitTypeId }, session.token);
}

/** What a member reads back (GET /v1/practices/{id}/schedule): hours per visit type, closures. */
export interface Schedule {
  visitTypes: { visitTypeId: string; rules: Rule[] }[];
  closures: { from: string; until: string; visitTypeId: string | null }[];
}

export async function practiceSchedule(session: Session, practiceId: string): Promise<Schedule> {
  return api("GET", `/v1/practices/${practiceId}/schedule`, undefined, session.token);
}

/** Replaces the public profile (admins); the time zone must stay the one of set-up. */
export async function replaceProfile(session: Session, practiceId: string, profile: PracticeProfile): Promise<void> {
  await api("PUT", `/v1/practices/${practiceId}/profile`, profile, session.token);
}
