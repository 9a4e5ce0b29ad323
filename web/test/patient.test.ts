import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import { concat, openRecord, toHex, unwrapKey } from "../src/crypto";
import { fromBase64, toBase64 } from "../src/app/api";
import { generateKeyBundle, uuidBytes } from "../src/app/keybundle";
import { rescheduledRef, visitTypeOf, withProfile, withoutRelative } from "../src/app/patient-vault";
import { covers, narrowed } from "../src/app/support/scope";
import { decodeSupportEvent, SUPPORT_EVENT_LENGTH } from "../src/app/support/history";
import { PROFILE_ID, bookingRecord, handle, javaUtcString, vaultRecords } from "../src/app/support/records";
import { disclosureRecordId, openItemAsOwner, sealDisclosure, sealItem } from "../src/app/support/seal";
import { type AppointmentRef, emptyVault } from "../src/app/vault";
import { enPatient, frPatient } from "../src/app/i18n-patient";

const ref: AppointmentRef = {
  bookingId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  practiceId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  slotIds: ["1b4e28ba-2fa1-11d2-883f-0016d3cca427@2026-12-01T09:00:00Z"],
  visitTypeName: "Consultation",
  practiceName: "Cabinet",
  start: "2026-12-01T09:00:00Z",
  dataKey: toBase64(new Uint8Array(32).fill(1)),
  cancelSecret: toBase64(new Uint8Array(32).fill(2)),
  forRelativeId: null,
  status: "CONFIRMED",
  note: "keep",
};

describe("vault edits", () => {
  test("the profile keeps exactly VaultProfile's fields, blanks become null", () => {
    const next = withProfile({ ...emptyVault(), extra: 1 }, {
      firstName: " Camille ",
      lastName: "Martin",
      birthDate: "",
      socialSecurityNumber: "",
      phone: "0600000000",
      email: "",
      address: "1 rue X",
    });
    expect(Object.keys(next.profile ?? {}).sort()).toEqual(
      ["address", "birthDate", "email", "firstName", "lastName", "phone", "socialSecurityNumber"],
    );
    expect(next.profile?.firstName).toBe("Camille");
    expect(next.profile?.birthDate).toBeNull();
    expect(next["extra"]).toBe(1);
  });

  test("removing a relative keeps the others", () => {
    const doc = { ...emptyVault(), relatives: [
      { id: "a", firstName: "A", lastName: null, birthDate: null, relationship: null },
      { id: "b", firstName: "B", lastName: null, birthDate: null, relationship: null },
    ] };
    expect(withoutRelative(doc, "a").relatives?.map((r) => r.id)).toEqual(["b"]);
  });

  test("a reschedule keeps the booking's id, keys and note, takes the server's slots and status", () => {
    const slot = "1b4e28ba-2fa1-11d2-883f-0016d3cca427@2026-12-02T10:30:00Z";
    const moved = rescheduledRef(ref, { status: "CONFIRMED", slotIds: [slot] }, "Consultation");
    expect(moved).toEqual({ ...ref, slotIds: [slot], start: "2026-12-02T10:30:00Z" });
    expect(visitTypeOf(ref)).toBe("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  });
});

describe("support records", () => {
  test("dates print as java.time.OffsetDateTime does at UTC", () => {
    expect(javaUtcString("2026-12-01T09:00:00Z")).toBe("2026-12-01T09:00Z");
    expect(javaUtcString("2026-12-01T09:00:05Z")).toBe("2026-12-01T09:00:05Z");
    expect(javaUtcString("2026-12-01T09:00:05.120Z")).toBe("2026-12-01T09:00:05.120Z");
  });

  test("a booking's and the profile's fields use RefKind's names and leave absent values out", () => {
    expect(bookingRecord(ref).fields).toEqual({
      date: "2026-12-01T09:00Z", practice: "Cabinet", "visit-type": "Consultation", status: "CONFIRMED", note: "keep",
    });
    const [profile] = vaultRecords({ ...emptyVault(), profile: { firstName: "C", phone: null } });
    expect(profile?.id).toBe(PROFILE_ID);
    expect(profile?.fields).toEqual({ "first-name": "C" });
  });

  test("a handle is HMAC-SHA256 under HKDF(vault key, support-ref label), first 16 bytes", async () => {
    const vaultKey = new Uint8Array(32).fill(9);
    const ticket = "6fa459ea-ee8a-3ca4-894e-db77e160355e";
    const key = Buffer.from(hkdfSync("sha256", vaultKey, new Uint8Array(0), "aparte/support-ref-key/v1", 32));
    const expected = createHmac("sha256", key)
      .update(concat(uuidBytes(ticket), new TextEncoder().encode("BOOKING"), uuidBytes(ref.bookingId)))
      .digest()
      .subarray(0, 16);
    expect(toHex(await handle(vaultKey, ticket, "BOOKING", ref.bookingId))).toBe(expected.toString("hex"));
    expect(toHex(await handle(vaultKey, ticket, "PROFILE", ref.bookingId))).not.toBe(expected.toString("hex"));
  });
});

describe("scopes", () => {
  const a = toBase64(new Uint8Array(16).fill(1));
  const b = toBase64(new Uint8Array(16).fill(2));
  test("an approval may only narrow the request", () => {
    const asked = [{ ref: a, fields: ["first-name", "phone"] }];
    expect(covers(asked, [{ ref: a, fields: ["phone"] }])).toBe(true);
    expect(covers(asked, [{ ref: a, fields: ["address"] }])).toBe(false);
    expect(covers(asked, [{ ref: b, fields: ["phone"] }])).toBe(false);
  });
  test("only the approved fields are kept, sorted", () => {
    expect(narrowed({ phone: "1", "first-name": "C", address: "x" }, ["phone", "first-name"])).toEqual({
      "first-name": "C", phone: "1",
    });
    expect(Object.keys(narrowed({ phone: "1", "first-name": "C" }, ["phone", "first-name"]))).toEqual(["first-name", "phone"]);
  });
});

describe("support seals", () => {
  test("a disclosure opens only with the agent's key and the record id that binds its expiry", async () => {
    const agent = await generateKeyBundle();
    const expiresAt = "2026-12-01T10:00:00.123Z";
    const content = {
      version: 1 as const,
      disclosureId: crypto.randomUUID(),
      ticketId: crypto.randomUUID(),
      agentId: crypto.randomUUID(),
      expiresAt,
      records: [{ ref: toBase64(new Uint8Array(16)), kind: "PROFILE", fields: { phone: "0600" } }],
    };
    const sealed = await sealDisclosure(content, agent.encryptionPublicKey);
    const id = disclosureRecordId(content.disclosureId, content.agentId, Date.parse(expiresAt));
    expect(id.length).toBe(40);
    expect(toHex(id.slice(32))).toBe(Date.parse(expiresAt).toString(16).padStart(16, "0"));
    const key = await unwrapKey(fromBase64(sealed.wrappedKey), agent.encryptionPrivateKey, "support-disclosure", id);
    const plain = await openRecord(key, "support-disclosure", id, fromBase64(sealed.ciphertext));
    expect(JSON.parse(new TextDecoder().decode(plain))).toEqual(content);
    const later = disclosureRecordId(content.disclosureId, content.agentId, Date.parse(expiresAt) + 1);
    await expect(unwrapKey(fromBase64(sealed.wrappedKey), agent.encryptionPrivateKey, "support-disclosure", later)).rejects.toThrow();
  });

  test("a ticket item opens for its owner, bound to its ticket and item ids", async () => {
    const [team, owner] = await Promise.all([generateKeyBundle(), generateKeyBundle()]);
    const ticket = crypto.randomUUID();
    const item = crypto.randomUUID();
    const sealed = await sealItem("Bonjour", ticket, item, team.encryptionPublicKey, owner.encryptionPublicKey);
    expect(await openItemAsOwner(sealed, ticket, item, owner.encryptionPrivateKey)).toBe("Bonjour");
    await expect(openItemAsOwner(sealed, ticket, crypto.randomUUID(), owner.encryptionPrivateKey)).rejects.toThrow();
  });
});

describe("support events", () => {
  test("decodes SupportEvent's 98-byte layout and refuses a bad version, kind or length", () => {
    const entry = new Uint8Array(SUPPORT_EVENT_LENGTH);
    entry[0] = 1;
    entry[1] = 0x11;
    entry.set(uuidBytes(ref.bookingId), 18);
    new DataView(entry.buffer).setBigUint64(82, 1_700_000_000_000n);
    new DataView(entry.buffer).setBigUint64(90, 1_700_000_360_000n);
    const event = decodeSupportEvent(entry);
    expect(event.kind).toBe(0x11);
    expect(event.ticketId).toBe(ref.bookingId);
    expect(event.agentId).toBe("00000000-0000-0000-0000-000000000000");
    expect(event.timeMillis).toBe(1_700_000_000_000);
    expect(event.expiresMillis).toBe(1_700_000_360_000);
    expect(() => decodeSupportEvent(entry.subarray(1))).toThrow();
    expect(() => decodeSupportEvent(concat([2], entry.subarray(1)))).toThrow();
    expect(() => decodeSupportEvent(concat([1, 0x05], entry.subarray(2)))).toThrow();
  });
});

test("the patient pages' strings exist in French and English, none empty", () => {
  expect(Object.keys(enPatient).sort()).toEqual(Object.keys(frPatient).sort());
  expect(Object.values(enPatient).every((v) => v.length > 0)).toBe(true);
});
