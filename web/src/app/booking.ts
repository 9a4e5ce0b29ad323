import { decodePublicKey, openRecord, sealRecord, secureRandom, unwrapKey, utf8, wrapKey } from "../crypto";
import { labelledHash } from "../crypto/hash";
import { api, toBase64 } from "./api";
import { uuidBytes } from "./keybundle";
import type { AppointmentRef } from "./vault";

/**
 * The patient's side of booking, as org.aparte.client.booking.Bookings: the content is sealed
 * under a fresh data key bound to the booking id, the key wrapped to the practice, and the request
 * sent with no session and no cookie (`credentials: "omit"` in api()), one booking per request.
 */
export interface Person {
  firstName: string;
  lastName: string;
  birthDate: string | null;
  socialSecurityNumber: string | null;
  phone: string | null;
  email: string | null;
}

export interface RelativePerson extends Person {
  relationship: string | null;
}

/** BookingContent in Java, field for field (the Java reader refuses unknown fields). */
export interface BookingContent {
  patient: Person;
  forRelative: RelativePerson | null;
  reason: string | null;
  visitTypeId: string;
  visitTypeName: string | null;
  slotIds: string[];
  practiceId: string;
  bookedAt: string;
}

export interface PracticeTarget {
  practiceId: string;
  practiceName: string;
  publicKey: Uint8Array;
  keyVersion: number;
}

export const RECORD_TYPE = "booking";
export const PURPOSE = "booking";
const CANCEL_VERIFIER_LABEL = "aparte/cancel-verifier/v1";

/** SHA-256(utf8(label) || 0x00 || secret): CancelVerifier in the protocol module. */
export async function cancelVerifier(secret: Uint8Array): Promise<Uint8Array> {
  if (secret.length !== 32) throw new RangeError("a cancel secret has exactly 32 bytes");
  return labelledHash(CANCEL_VERIFIER_LABEL, secret);
}

/** A slot id is "<visit type>@<ISO instant>"; the start is the first slot's instant. */
export function slotStart(slotId: string): string | null {
  const at = slotId.indexOf("@");
  return at < 0 ? null : slotId.slice(at + 1);
}

export interface Prepared {
  request: Record<string, unknown>;
  ref: AppointmentRef;
}

export async function prepareBooking(
  practice: PracticeTarget,
  content: Omit<BookingContent, "practiceId" | "bookedAt">,
  token: string,
  forRelativeId: string | null,
): Promise<Prepared> {
  const bookingId = crypto.randomUUID();
  const id = uuidBytes(bookingId);
  const dataKey = secureRandom(32);
  const cancelSecret = secureRandom(32);
  const full: BookingContent = { ...content, practiceId: practice.practiceId, bookedAt: new Date().toISOString() };
  const ciphertext = await sealRecord(dataKey, RECORD_TYPE, id, utf8(JSON.stringify(full)));
  const wrappedKey = await wrapKey(dataKey, decodePublicKey(practice.publicKey), PURPOSE, id);
  return {
    request: {
      bookingId,
      practiceId: practice.practiceId,
      slotIds: content.slotIds,
      keyVersion: practice.keyVersion,
      ciphertext: toBase64(ciphertext),
      wrappedKey: toBase64(wrappedKey),
      cancelVerifier: toBase64(await cancelVerifier(cancelSecret)),
      token,
    },
    ref: {
      bookingId,
      practiceId: practice.practiceId,
      slotIds: content.slotIds,
      visitTypeName: content.visitTypeName,
      practiceName: practice.practiceName,
      start: content.slotIds[0] === undefined ? null : slotStart(content.slotIds[0]),
      dataKey: toBase64(dataKey),
      cancelSecret: toBase64(cancelSecret),
      forRelativeId,
      status: "CONFIRMED",
      note: null,
    },
  };
}

/** Sends a prepared booking; a retry of the same body gets the same answer from the server. */
export async function sendBooking(prepared: Prepared): Promise<AppointmentRef> {
  let created: { status: string };
  try {
    created = await api("POST", "/v1/bookings", prepared.request);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    created = await api("POST", "/v1/bookings", prepared.request);
  }
  return { ...prepared.ref, status: created.status };
}

/** Cancels with the booking's own secret (no session); idempotent. Returns the new status. */
export async function cancelBooking(ref: AppointmentRef): Promise<string> {
  const answer = await api<{ status: string }>("POST", `/v1/bookings/${ref.bookingId}/cancel`, {
    cancelSecret: ref.cancelSecret,
  });
  return answer.status;
}

/** The server's status of one booking (one booking per request, no session). */
export async function bookingStatus(ref: AppointmentRef): Promise<string> {
  const state = await api<{ status: string; slotIds: string[] }>("POST", `/v1/bookings/${ref.bookingId}/status`, {
    cancelSecret: ref.cancelSecret,
  });
  if (JSON.stringify(state.slotIds) !== JSON.stringify(ref.slotIds)) {
    throw new TamperedBookingError("the server reports other slots than the ones booked");
  }
  return state.status;
}

export class TamperedBookingError extends Error {}

/** Opens a booking's content with its data key and checks it names this practice and these slots. */
export async function openBooking(
  bookingId: string,
  ciphertext: Uint8Array,
  dataKey: Uint8Array,
  practiceId: string,
  slotIds: readonly string[],
): Promise<BookingContent> {
  let content: BookingContent;
  try {
    const plaintext = await openRecord(dataKey, RECORD_TYPE, uuidBytes(bookingId), ciphertext);
    content = JSON.parse(new TextDecoder().decode(plaintext)) as BookingContent;
  } catch {
    throw new TamperedBookingError("the booking does not open");
  }
  if (content.practiceId !== practiceId) {
    throw new TamperedBookingError("the booking was made for another practice");
  }
  if (JSON.stringify(content.slotIds) !== JSON.stringify(slotIds)) {
    throw new TamperedBookingError("its encrypted slots differ from the slots the server reports");
  }
  return content;
}

/** A practice member's way to the data key: unwrap with the practice key of the entry's version. */
export function openDataKey(bookingId: string, wrappedKey: Uint8Array, practicePrivateKey: Uint8Array): Promise<Uint8Array> {
  return unwrapKey(wrappedKey, practicePrivateKey, PURPOSE, uuidBytes(bookingId));
}

