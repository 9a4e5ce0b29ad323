import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { KeyKind, decodePrivateKey, encodeKey, publicKeyOf, secureRandom, toHex } from "../src/crypto";
import { cancelVerifier, openBooking, openDataKey, prepareBooking, slotStart } from "../src/app/booking";
import { fromBase64 } from "../src/app/api";
import { decodeKeyEntry, encodeTreeHead, records } from "../src/app/log/entries";
import { decryptAgenda, practiceKeyRecordId } from "../src/app/practice-side";
import { pickToken } from "../src/app/tokens";
import { emptyVault, withAppointment, withoutToken } from "../src/app/vault";

async function practiceKey(): Promise<{ privateKey: Uint8Array; publicKey: Uint8Array }> {
  const privateKey = encodeKey(KeyKind.X_WING, secureRandom(32));
  return { privateKey, publicKey: encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(privateKey))) };
}

const practiceId = "3f2b8c1e-7a4d-4e2f-9b1a-0c5d6e7f8a9b";
const visitTypeId = "0f8fad5b-d9cb-469f-a165-70867728950e";
const slotIds = [`${visitTypeId}@2030-01-02T09:30:00Z`];

async function prepared(publicKey: Uint8Array, reason = "Toux") {
  return prepareBooking(
    { practiceId, practiceName: "Cabinet", publicKey, keyVersion: 1 },
    {
      patient: { firstName: "Camille", lastName: "Martin", birthDate: null, socialSecurityNumber: null, phone: null, email: null },
      forRelative: { firstName: "Léa", lastName: "Martin", birthDate: "2018-05-04", socialSecurityNumber: null, phone: null, email: null, relationship: "fille" },
      reason,
      visitTypeId,
      visitTypeName: "Consultation",
      slotIds,
    },
    "dG9rZW4=",
    "11111111-2222-4333-8444-555555555555",
  );
}

describe("booking", () => {
  test("the cancel verifier is SHA-256(label || 0x00 || secret), as CancelVerifier in Java", async () => {
    const secret = secureRandom(32);
    const expected = createHash("sha256").update("aparte/cancel-verifier/v1").update(Buffer.from([0])).update(secret).digest("hex");
    expect(toHex(await cancelVerifier(secret))).toBe(expected);
    await expect(cancelVerifier(secureRandom(31))).rejects.toThrow(RangeError);
  });

  test("the practice opens what the patient sealed; the receipt holds the data key and secret", async () => {
    const key = await practiceKey();
    const { request, ref } = await prepared(key.publicKey);
    expect(request["token"]).toBe("dG9rZW4=");
    expect(request["cancelVerifier"]).toBe(Buffer.from(await cancelVerifier(fromBase64(ref.cancelSecret))).toString("base64"));
    const bookingId = request["bookingId"] as string;
    const dataKey = await openDataKey(bookingId, fromBase64(request["wrappedKey"] as string), key.privateKey);
    expect(toHex(dataKey)).toBe(toHex(fromBase64(ref.dataKey)));
    const content = await openBooking(bookingId, fromBase64(request["ciphertext"] as string), dataKey, practiceId, slotIds);
    expect(content.reason).toBe("Toux");
    expect(content.forRelative?.firstName).toBe("Léa");
    expect(Object.keys(content)).toEqual(["patient", "forRelative", "reason", "visitTypeId", "visitTypeName", "slotIds", "practiceId", "bookedAt"]);
    expect(ref.start).toBe("2030-01-02T09:30:00Z");
    expect(slotStart("no-at-sign")).toBeNull();
  });

  test("a booking moved to another practice, other slots or another booking id is refused", async () => {
    const key = await practiceKey();
    const { request, ref } = await prepared(key.publicKey);
    const id = request["bookingId"] as string;
    const ciphertext = fromBase64(request["ciphertext"] as string);
    const dataKey = fromBase64(ref.dataKey);
    await expect(openBooking(id, ciphertext, dataKey, crypto.randomUUID(), slotIds)).rejects.toThrow("another practice");
    await expect(openBooking(id, ciphertext, dataKey, practiceId, [`${visitTypeId}@2030-01-02T10:00:00Z`])).rejects.toThrow("slots");
    await expect(openBooking(crypto.randomUUID(), ciphertext, dataKey, practiceId, slotIds)).rejects.toThrow("does not open");
  });

  test("the agenda decrypts each entry on its own: a tampered one is counted, not shown", async () => {
    const key = await practiceKey();
    const good = await prepared(key.publicKey, "Bonne");
    const bad = await prepared(key.publicKey, "Altérée");
    const tampered = fromBase64(bad.request["ciphertext"] as string);
    tampered[tampered.length - 1]! ^= 1;
    const entry = (p: typeof good, ciphertext: string) => ({
      bookingId: p.request["bookingId"] as string,
      slotIds,
      status: "CONFIRMED",
      keyVersion: 1,
      ciphertext,
      wrappedKey: p.request["wrappedKey"] as string,
    });
    const view = await decryptAgenda(practiceId, new Map([[1, key.privateKey]]), [
      entry(good, good.request["ciphertext"] as string),
      entry(bad, Buffer.from(tampered).toString("base64")),
      { ...entry(good, good.request["ciphertext"] as string), keyVersion: 2 },
    ]);
    expect(view.bookings.map((b) => b.content.reason)).toEqual(["Bonne"]);
    expect(view.problems).toBe(2);
  });

  test("a practice key version is wrapped under practiceId || u32 version", () => {
    expect(toHex(practiceKeyRecordId(practiceId, 258))).toBe("3f2b8c1e7a4d4e2f9b1a0c5d6e7f8a9b00000102");
  });
});

describe("log entries", () => {
  test("a tree head encodes to 49 bytes: 0x01 || u64 size || root || u64 time", () => {
    const encoded = encodeTreeHead({ size: 258, rootHash: new Uint8Array(32).fill(7), timestampMillis: 1 });
    expect(encoded.length).toBe(49);
    expect(toHex(encoded.subarray(0, 9))).toBe("010000000000000102");
    expect(toHex(encoded.subarray(41))).toBe("0000000000000001");
  });

  test("a key entry is decoded and matched field by field", () => {
    const key = new Uint8Array([1, 2, 3]);
    const entry = new Uint8Array([
      1, 0x04, ...new Uint8Array(15), 4, 0, 0, 0, 8, ...new Uint8Array(8), 0, 3, ...key, 0, 0,
    ]);
    const decoded = decodeKeyEntry(entry);
    const subject = "00000000-0000-0000-0000-000000000004";
    expect(records(decoded, 0x04, subject, 8, key)).toBe(true);
    expect(records(decoded, 0x03, subject, 8, key)).toBe(false);
    expect(records(decoded, 0x04, subject, 9, key)).toBe(false);
    expect(records(decoded, 0x04, subject, 8, new Uint8Array([1, 2, 4]))).toBe(false);
    expect(() => decodeKeyEntry(entry.subarray(0, entry.length - 1))).toThrow();
    expect(() => decodeKeyEntry(new Uint8Array([2, ...entry.subarray(1)]))).toThrow();
  });
});

describe("vault", () => {
  test("changes keep the fields this app does not know (written by the Java SDK)", () => {
    const doc = { ...emptyVault(), futureField: { kept: true } };
    const ref = { bookingId: "b", practiceId: "p", slotIds: [], visitTypeName: null, practiceName: null, start: null, dataKey: "", cancelSecret: "", forRelativeId: null, status: "CONFIRMED", note: null };
    const next = withoutToken(withAppointment(withAppointment(doc, ref), { ...ref, status: "CANCELLED_BY_PATIENT" }), "t");
    expect(next["futureField"]).toEqual({ kept: true });
    expect(next.appointments?.map((a) => a.status)).toEqual(["CANCELLED_BY_PATIENT"]);
  });

  test("the token spent first is the usable one that expires first", () => {
    const doc = {
      ...emptyVault(),
      bookingTokens: [
        { token: "late", epoch: 2, acceptedUntil: "2030-02-01T00:00:00Z" },
        { token: "expired", epoch: 0, acceptedUntil: "2020-01-01T00:00:00Z" },
        { token: "soon", epoch: 1, acceptedUntil: "2030-01-01T00:00:00Z" },
      ],
    };
    expect(pickToken(doc, Date.parse("2026-01-01T00:00:00Z"))?.token).toBe("soon");
    expect(pickToken(doc, Date.parse("2031-01-01T00:00:00Z"))).toBeUndefined();
  });
});

describe("opening many wrapped keys with one private key", () => {
  test("the cached X-Wing expansion opens each for its own key only", async () => {
    const { wrapKey, unwrapKey, decodePublicKey } = await import("../src/crypto");
    const a = await practiceKey();
    const b = await practiceKey();
    const id = secureRandom(16);
    for (let i = 0; i < 3; i++) {
      const dataKey = secureRandom(32);
      const forA = await wrapKey(dataKey, decodePublicKey(a.publicKey), "booking", id);
      const forB = await wrapKey(dataKey, decodePublicKey(b.publicKey), "booking", id);
      expect(toHex(await unwrapKey(forA, a.privateKey, "booking", id))).toBe(toHex(dataKey));
      expect(toHex(await unwrapKey(forB, b.privateKey, "booking", id))).toBe(toHex(dataKey));
      await expect(unwrapKey(forA, b.privateKey, "booking", id)).rejects.toThrow("another key");
      await expect(unwrapKey(forA, a.privateKey, "vault", id)).rejects.toThrow("authentication failed");
    }
  });
});
