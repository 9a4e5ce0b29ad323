import { describe, expect, test } from "vitest";
import { ByteReader, fromHex, toHex } from "../src/crypto/bytes";
import { WrongRecordTypeError } from "../src/crypto/errors";
import { openRecord, parseRecordHeader } from "../src/crypto/record";
import { unwrapKey } from "../src/crypto/wrap";
import { expectCryptoError, loadVectors } from "./vectors";

interface ReminderJobCase {
  name: string;
  notifier_private_key: string;
  job_id: string;
  record_id: string;
  sealed: string;
  valid: boolean;
  plaintext?: string;
  channel?: string;
  send_at?: number;
  language?: string;
  destination?: string;
  text?: string;
  error?: string;
}

const TYPE = "reminder-job";
const LENGTH = 1000;
const CHANNELS = ["NONE", "EMAIL", "SMS"];
const vectors = loadVectors<ReminderJobCase>("reminder-job.json");

/** SealedEnvelope v1: 0x01 || wrapped key length (2) || wrapped key || record, as the notifier opens it. */
async function openJob(c: ReminderJobCase): Promise<Uint8Array> {
  const reader = new ByteReader(fromHex(c.sealed), "envelope");
  expect(reader.u8("version")).toBe(1);
  const length = reader.take(2, "wrapped key length");
  const wrapped = reader.take(((length[0] ?? 0) << 8) | (length[1] ?? 0), "wrapped key");
  const record = reader.take(reader.remaining(), "record");
  if (parseRecordHeader(record).type !== TYPE) {
    throw new WrongRecordTypeError("envelope: holds another record type than expected");
  }
  const recordId = fromHex(c.record_id);
  const dataKey = await unwrapKey(wrapped, fromHex(c.notifier_private_key), TYPE, recordId);
  return openRecord(dataKey, TYPE, recordId, record);
}

/** The reminder plaintext v1; any break of the format throws "ReminderFormat". */
function decode(plaintext: Uint8Array) {
  const fail = (): never => {
    throw new Error("ReminderFormat");
  };
  if (plaintext.length !== LENGTH || plaintext[0] !== 1) fail();
  const view = new DataView(plaintext.buffer, plaintext.byteOffset, plaintext.length);
  const channel = CHANNELS[view.getUint8(1)] ?? fail();
  const sendAt = Number(view.getBigInt64(2));
  const text = (from: number, length: number): string => {
    if (from + length > LENGTH) fail();
    return new TextDecoder("utf-8", { fatal: true }).decode(plaintext.subarray(from, from + length));
  };
  const language = text(10, 2);
  const destinationLength = view.getUint8(12);
  const destination = text(13, destinationLength);
  const at = 13 + destinationLength;
  const textLength = view.getUint16(at);
  const body = text(at + 2, textLength);
  if (plaintext.subarray(at + 2 + textLength).some((b) => b !== 0)) fail();
  return { channel, sendAt, language, destination, text: body };
}

describe("reminder-job.json", () => {
  test("has valid, crypto-invalid and format-invalid cases", () => {
    expect(vectors.format).toBe("aparte-reminder-job");
    expect(vectors.cases.filter((c) => c.valid).length).toBeGreaterThanOrEqual(3);
    expect(vectors.cases.filter((c) => c.error === "ReminderFormat").length).toBeGreaterThanOrEqual(4);
  });

  for (const c of vectors.cases) {
    test(`${c.valid ? "opens" : `refuses (${c.error})`}: ${c.name}`, async () => {
      if (c.valid) {
        const plaintext = await openJob(c);
        expect(toHex(plaintext)).toBe(c.plaintext);
        expect(decode(plaintext)).toEqual({
          channel: c.channel,
          sendAt: c.send_at,
          language: c.language,
          destination: c.destination,
          text: c.text,
        });
      } else if (c.error === "ReminderFormat") {
        const plaintext = await openJob(c);
        expect(() => decode(plaintext)).toThrow("ReminderFormat");
      } else {
        await expectCryptoError(() => openJob(c), c.error);
      }
    });
  }
});
