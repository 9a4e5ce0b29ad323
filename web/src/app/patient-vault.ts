import type { AppointmentRef, VaultDocument, VaultProfile } from "./vault";
import { slotStart } from "./booking";

/**
 * Pure vault edits of the patient pages, as VaultDocument's withers in Java. Only the field names
 * of VaultProfile and Relative are ever written (the Java reader refuses unknown fields).
 */
export const PROFILE_FIELDS = [
  "firstName",
  "lastName",
  "birthDate",
  "socialSecurityNumber",
  "phone",
  "email",
  "address",
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Blank means absent: the vault keeps null, never an empty string shown as a value. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function withProfile(document: VaultDocument, values: Record<ProfileField, string>): VaultDocument {
  const profile: VaultProfile = {};
  for (const name of PROFILE_FIELDS) {
    profile[name] = orNull(values[name]);
  }
  return { ...document, profile };
}

export function withoutRelative(document: VaultDocument, relativeId: string): VaultDocument {
  return { ...document, relatives: (document.relatives ?? []).filter((r) => r.id !== relativeId) };
}

/**
 * The vault's entry after a reschedule (Bookings.reschedule in Java): same booking id, data key,
 * cancel secret, relative and note; the slots and status the server answered; the start is the
 * first new slot's.
 */
export function rescheduledRef(
  old: AppointmentRef,
  state: { status: string; slotIds: string[] },
  visitTypeName: string | null,
): AppointmentRef {
  const first = state.slotIds[0];
  return {
    ...old,
    slotIds: [...state.slotIds],
    visitTypeName,
    start: first === undefined ? null : slotStart(first),
    status: state.status,
  };
}

/** A slot id is "<visit type id>@<ISO instant>": the visit type of a booking's first slot. */
export function visitTypeOf(ref: AppointmentRef): string | null {
  const first = ref.slotIds[0];
  if (first === undefined) return null;
  const at = first.indexOf("@");
  return at < 0 ? null : first.slice(0, at);
}
