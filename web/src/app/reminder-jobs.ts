import { concat, decodePublicKey, sealRecord, secureRandom, wrapKey } from "../crypto";
import { api, fromBase64, toBase64 } from "./api";
import { UnloggedKeyError, requireLogged } from "./log/directory";
import { uuidBytes } from "./keybundle";
import type { JobChannel, ReminderMessage } from "./reminder-plan";

/**
 * Sealed reminder jobs, as org.aparte.client.reminder.Reminders and ReminderFormat: plaintext v1
 * (exactly 1,000 bytes) in a record of type "reminder-job" under a fresh data key wrapped to the
 * notifier (purpose "reminder-job"), record id = the job id; envelope v1 = 0x01 || u16 wrapped key
 * length || wrapped key || record (testdata/vectors/reminder-job.json).
 */
export const JOB_TYPE = "reminder-job";
export const PLAINTEXT_LENGTH = 1000;
/** transparency/EntryKind.java: NOTIFIER_KEY and its fixed subject (new UUID(0, 5)). */
export const NOTIFIER_KEY_KIND = 0x05;
export const NOTIFIER_SUBJECT = "00000000-0000-0000-0000-000000000005";
const CHANNEL_CODES: Record<JobChannel, number> = { NONE: 0, EMAIL: 1, SMS: 2 };

export function encodeMessage(message: ReminderMessage): Uint8Array {
  const destination = new TextEncoder().encode(message.destination);
  const text = new TextEncoder().encode(message.text);
  if (destination.length > 254 || text.length > 700 || !Number.isInteger(message.sendAt)) {
    throw new RangeError("a reminder's destination, text or time is out of range");
  }
  const out = new Uint8Array(PLAINTEXT_LENGTH);
  const view = new DataView(out.buffer);
  out[0] = 1;
  out[1] = CHANNEL_CODES[message.channel];
  view.setBigUint64(2, BigInt(message.sendAt));
  out.set(new TextEncoder().encode(message.language), 10);
  out[12] = destination.length;
  out.set(destination, 13);
  view.setUint16(13 + destination.length, text.length);
  out.set(text, 15 + destination.length);
  return out;
}

export interface SealedJob {
  jobId: string;
  dueAt: string;
  sealed: string;
}

export async function sealJob(message: ReminderMessage, notifierKey: Uint8Array): Promise<SealedJob> {
  const jobId = crypto.randomUUID();
  const recordId = uuidBytes(jobId);
  const dataKey = secureRandom(32);
  const plaintext = encodeMessage(message);
  try {
    const record = await sealRecord(dataKey, JOB_TYPE, recordId, plaintext);
    const wrapped = await wrapKey(dataKey, decodePublicKey(notifierKey), JOB_TYPE, recordId);
    const envelope = concat([1, wrapped.length >> 8, wrapped.length & 0xff], wrapped, record);
    return { jobId, dueAt: new Date(message.sendAt * 1000).toISOString().replace(".000Z", "Z"), sealed: toBase64(envelope) };
  } finally {
    plaintext.fill(0);
    dataKey.fill(0);
  }
}

/** The notifier's current key, once the transparency log shows it under the version the server names. */
/** The server runs no notifier: no booking on it carries jobs. */
export class NoNotifierKeyError extends Error {
  constructor() {
    super("the server publishes no notifier key");
  }
}

export async function loggedNotifierKey(storage: Storage = localStorage): Promise<Uint8Array> {
  const answer = await api<{ keys: { publicKey: string; current: boolean; logVersion: number | null }[] }>(
    "GET",
    "/v1/notifier/keys",
  );
  const current = answer.keys.find((k) => k.current);
  if (current === undefined) throw new NoNotifierKeyError();
  const key = fromBase64(current.publicKey);
  if (current.logVersion === null) {
    throw new UnloggedKeyError("the server offered a notifier key without its log version");
  }
  await requireLogged(NOTIFIER_KEY_KIND, "notifier", NOTIFIER_SUBJECT, current.logVersion, key, storage);
  return key;
}

/** Replaces the booking's jobs (anonymous, authorised by its cancel secret, like every booking call). */
export async function attachJobs(bookingId: string, cancelSecret: string, jobs: SealedJob[]): Promise<void> {
  await api("PUT", `/v1/bookings/${bookingId}/reminders`, { cancelSecret, jobs });
}
