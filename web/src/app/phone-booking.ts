import type { Session } from "./account";
import { api, fromBase64 } from "./api";
import { type Person, type PracticeTarget, prepareBooking } from "./booking";
import { EntryKind } from "./log/entries";
import { requireLogged } from "./log/directory";

/**
 * A member books for a patient on the phone, as Agenda.phoneBook in the Java SDK and the CLI's
 * `phone-book`: the same sealed booking as a patient's (content sealed to the practice key, proven
 * in the log first; cancel verifier), without a token, sent with the member's session to
 * `POST /v1/practices/{id}/bookings`. The cancel secret is for the patient (read out on the phone).
 */
export interface PhoneBooking {
  visitTypeId: string;
  visitTypeName: string;
  slotId: string;
  patient: Person;
  reason: string;
}

export async function phoneBook(session: Session, practiceId: string, booking: PhoneBooking): Promise<{ cancelSecret: string }> {
  const view = await api<{ profile: { name: string }; key: { version: number; publicKey: string } }>("GET", `/v1/practices/${practiceId}`);
  const publicKey = fromBase64(view.key.publicKey);
  await requireLogged(EntryKind.PRACTICE_KEY, "practice", practiceId, view.key.version, publicKey);
  const target: PracticeTarget = { practiceId, practiceName: view.profile.name, publicKey, keyVersion: view.key.version };
  const { request, ref } = await prepareBooking(
    target,
    {
      patient: booking.patient,
      forRelative: null,
      reason: booking.reason,
      visitTypeId: booking.visitTypeId,
      visitTypeName: booking.visitTypeName,
      slotIds: [booking.slotId],
    },
    "",
    null,
  );
  await api("POST", `/v1/practices/${practiceId}/bookings`, { ...request, token: null }, session.token);
  // Base64url without padding, as the CLI prints it.
  return { cancelSecret: ref.cancelSecret.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") };
}
