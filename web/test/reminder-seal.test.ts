import { describe, expect, test } from "vitest";
import { ByteReader, toHex } from "../src/crypto/bytes";
import { KeyKind, encodeKey } from "../src/crypto/keys";
import { openRecord } from "../src/crypto/record";
import { secureRandom } from "../src/crypto/random";
import { publicKeyOf, unwrapKey } from "../src/crypto/wrap";
import { uuidBytes } from "../src/app/keybundle";
import { JOB_TYPE, encodeMessage, sealJob } from "../src/app/reminder-jobs";
import { genericText, plan, smsDaysTaken } from "../src/app/reminder-plan";
import { defaultPreferences } from "../src/app/reminder-preferences";
import { fromBase64 } from "../src/app/api";
import { loadVectors } from "./vectors";

interface JobCase {
  valid: boolean;
  plaintext?: string;
  channel?: string;
  send_at?: number;
  language?: string;
  destination?: string;
  text?: string;
}

/** 2026-03-05T09:30:00Z: Thursday 5 March, 10:30 in Paris (the vectors' appointment). */
const START = Date.parse("2026-03-05T09:30:00Z") / 1000;

describe("browser reminder jobs, as the Java SDK makes them", () => {
  const valid = loadVectors<JobCase>("reminder-job.json").cases.filter((c) => c.valid && c.channel !== "NONE");

  test.each(valid)("plaintext v1 byte for byte and Java's text: $channel $language", (c) => {
    const message = {
      channel: c.channel as "EMAIL" | "SMS",
      destination: c.destination!,
      sendAt: c.send_at!,
      language: c.language as "fr" | "en",
      text: c.text!,
    };
    expect(toHex(encodeMessage(message))).toBe(c.plaintext);
    expect(genericText(message.language, START, "Europe/Paris")).toBe(c.text);
  });

  test("a sealed job opens for the notifier's key, under its own job id, to the same plaintext", async () => {
    const seed = secureRandom(32);
    const privateKey = encodeKey(KeyKind.X_WING, seed);
    const publicKey = encodeKey(KeyKind.X_WING, await publicKeyOf({ kind: KeyKind.X_WING, raw: seed }));
    const message = { channel: "EMAIL" as const, destination: "a@example.org", sendAt: START - 86400, language: "fr" as const, text: "t" };
    const job = await sealJob(message, publicKey);
    expect(job.dueAt).toBe("2026-03-04T09:30:00Z");
    const reader = new ByteReader(fromBase64(job.sealed), "envelope");
    expect(reader.u8("version")).toBe(1);
    const length = reader.take(2, "length");
    const wrapped = reader.take(((length[0] ?? 0) << 8) | (length[1] ?? 0), "wrapped");
    const record = reader.take(reader.remaining(), "record");
    const recordId = uuidBytes(job.jobId);
    const dataKey = await unwrapKey(wrapped, privateKey, JOB_TYPE, recordId);
    expect(toHex(await openRecord(dataKey, JOB_TYPE, recordId, record))).toBe(toHex(encodeMessage(message)));
  });
});

describe("planning, as ReminderPlanner", () => {
  const now = START - 5 * 86400;
  const contact = { email: "a@example.org", phone: "+33612345678" };

  test("defaults give an e-mail two days and an SMS one day before, generic", () => {
    const jobs = plan(defaultPreferences(), contact, START, "Cabinet", "Consultation", now, new Set());
    expect(jobs.map((j) => [j.channel, START - j.sendAt])).toEqual([
      ["EMAIL", 2 * 86400],
      ["SMS", 86400],
    ]);
    expect(jobs[0]!.text).not.toContain("Cabinet");
  });

  test("no contact, too late or an SMS day taken: cover jobs keep the count", () => {
    expect(plan(defaultPreferences(), { email: null, phone: null }, START, null, null, now, new Set()).map((j) => j.channel)).toEqual(["NONE", "NONE"]);
    const taken = smsDaysTaken(
      [{ bookingId: "other", start: "2026-03-05T15:00:00Z", status: "CONFIRMED" } as never],
      defaultPreferences(),
      "this",
    );
    expect(plan(defaultPreferences(), contact, START, null, null, now, taken).map((j) => j.channel)).toEqual(["EMAIL", "NONE"]);
    expect(plan(defaultPreferences(), contact, START, null, null, START - 3600, new Set()).map((j) => j.channel)).toEqual(["NONE", "NONE"]);
  });

  test("detailed names the visit type and the practice", () => {
    const detailed = { ...defaultPreferences(), detailed: true, language: "en" as const };
    expect(plan(detailed, contact, START, "Cabinet Durand", "Consultation", now, new Set())[0]!.text).toBe(
      "Reminder: appointment on Thursday 5 March at 10:30. Details in Aparté. (Consultation — Cabinet Durand)",
    );
  });
});
