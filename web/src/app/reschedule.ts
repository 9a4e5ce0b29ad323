import { decodePublicKey, sealRecord, utf8, wrapKey } from "../crypto";
import { api, fromBase64, toBase64 } from "./api";
import { type BookingContent, PURPOSE, type PracticeTarget, RECORD_TYPE } from "./booking";
import { uuidBytes } from "./keybundle";
import { rescheduledRef } from "./patient-vault";
import type { AppointmentRef } from "./vault";

/**
 * Bookings.reschedule of the Java SDK: the new content sealed under the booking's existing data
 * key (documents of the booking stay sealed under it), fresh nonce, the key wrapped again to the
 * practice's current key; `POST /v1/bookings/{id}/reschedule` with the cancel secret, no session.
 */
export async function rescheduleBooking(
  ref: AppointmentRef,
  practice: PracticeTarget,
  content: Omit<BookingContent, "practiceId" | "bookedAt">,
): Promise<AppointmentRef> {
  if (practice.practiceId !== ref.practiceId) {
    throw new RangeError("a booking stays with its practice");
  }
  const id = uuidBytes(ref.bookingId);
  const dataKey = fromBase64(ref.dataKey);
  const full: BookingContent = { ...content, practiceId: practice.practiceId, bookedAt: new Date().toISOString() };
  const ciphertext = await sealRecord(dataKey, RECORD_TYPE, id, utf8(JSON.stringify(full)));
  const wrappedKey = await wrapKey(dataKey, decodePublicKey(practice.publicKey), PURPOSE, id);
  const state = await api<{ status: string; slotIds: string[] }>("POST", `/v1/bookings/${ref.bookingId}/reschedule`, {
    cancelSecret: ref.cancelSecret,
    slotIds: content.slotIds,
    keyVersion: practice.keyVersion,
    ciphertext: toBase64(ciphertext),
    wrappedKey: toBase64(wrappedKey),
  });
  return rescheduledRef(ref, state, content.visitTypeName);
}
