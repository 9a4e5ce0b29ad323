import { describe, expect, test } from "vitest";
import { toBase64 } from "../src/app/api";
import { enAgent, frAgent } from "../src/app/i18n-agent";
import { generateKeyBundle } from "../src/app/keybundle";
import { remainingText } from "../src/app/support/countdown";
import { ExpiredDisclosureError, TamperedDisclosureError, openDisclosure } from "../src/app/support/disclosure";
import { FIELDS_BY_KIND, rankRefs } from "../src/app/support/ref-kinds";
import { type DisclosureContent, openItem, sealDisclosure, sealItem } from "../src/app/support/seal";

const handleA = toBase64(new Uint8Array(16).fill(0xa));
const handleB = toBase64(new Uint8Array(16).fill(0xb));
const EXPIRY = "2026-12-01T10:00:00.123Z";

async function sealed(records: DisclosureContent["records"], expiresAt = EXPIRY) {
  const agent = await generateKeyBundle();
  const content: DisclosureContent = {
    version: 1,
    disclosureId: crypto.randomUUID(),
    ticketId: crypto.randomUUID(),
    agentId: crypto.randomUUID(),
    expiresAt,
    records,
  };
  const { ciphertext, wrappedKey } = await sealDisclosure(content, agent.encryptionPublicKey);
  const view = {
    disclosureId: content.disclosureId,
    ticketId: content.ticketId,
    agentId: content.agentId,
    scope: [{ ref: handleA, fields: ["phone", "first-name"] }],
    // The server writes an Instant: no trailing zero milliseconds, same instant.
    expiresAt: "2026-12-01T10:00:00.123Z",
    ciphertext,
    wrappedKey,
  };
  return { agent, content, view };
}

describe("the agent opens a disclosure (DisclosureSeal.open)", () => {
  const before = Date.parse(EXPIRY) - 60_000;

  test("the approved fields, before the authenticated expiry", async () => {
    const { agent, content, view } = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600" } }]);
    expect(await openDisclosure(view, agent.encryptionPrivateKey, before)).toEqual(content);
  });

  test("refused at and after the expiry", async () => {
    const { agent, view } = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600" } }]);
    await expect(openDisclosure(view, agent.encryptionPrivateKey, Date.parse(EXPIRY))).rejects.toBeInstanceOf(ExpiredDisclosureError);
  });

  test("a server that moves the expiry later cannot make it open", async () => {
    const { agent, view } = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600" } }]);
    const later = { ...view, expiresAt: "2027-12-01T10:00:00.123Z" };
    await expect(openDisclosure(later, agent.encryptionPrivateKey, before)).rejects.toThrow();
  });

  test("a field or a record outside the approved scope is refused", async () => {
    const extraField = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600", address: "x" } }]);
    await expect(openDisclosure(extraField.view, extraField.agent.encryptionPrivateKey, before)).rejects.toBeInstanceOf(
      TamperedDisclosureError,
    );
    const otherRecord = await sealed([{ ref: handleB, kind: "BOOKING", fields: { date: "2026-12-01T09:00Z" } }]);
    await expect(openDisclosure(otherRecord.view, otherRecord.agent.encryptionPrivateKey, before)).rejects.toBeInstanceOf(
      TamperedDisclosureError,
    );
  });

  test("a disclosure moved to another ticket is refused", async () => {
    const { agent, view } = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600" } }]);
    const moved = { ...view, ticketId: crypto.randomUUID() };
    await expect(openDisclosure(moved, agent.encryptionPrivateKey, before)).rejects.toBeInstanceOf(TamperedDisclosureError);
  });

  test("another agent's key does not open it", async () => {
    const { view } = await sealed([{ ref: handleA, kind: "PROFILE", fields: { phone: "0600" } }]);
    const other = await generateKeyBundle();
    await expect(openDisclosure(view, other.encryptionPrivateKey, before)).rejects.toThrow();
  });
});

describe("the agent's ticket items", () => {
  test("open with the team key, and not with the team key as if it were the owner's", async () => {
    const [team, owner] = await Promise.all([generateKeyBundle(), generateKeyBundle()]);
    const ticket = crypto.randomUUID();
    const item = crypto.randomUUID();
    const sealedItem = await sealItem("Bonjour", ticket, item, team.encryptionPublicKey, owner.encryptionPublicKey);
    expect(await openItem(sealedItem, ticket, item, team.encryptionPrivateKey, false)).toBe("Bonjour");
    await expect(openItem(sealedItem, ticket, item, team.encryptionPrivateKey, true)).rejects.toThrow();
    await expect(openItem(sealedItem, crypto.randomUUID(), item, team.encryptionPrivateKey, false)).rejects.toThrow();
  });
});

describe("the agent's page helpers", () => {
  test("the countdown shows hours, minutes and seconds, never below zero", () => {
    expect(remainingText(2 * 3600_000 - 1000)).toBe("1 h 59 min 59 s");
    expect(remainingText(65_000)).toBe("1 min 05 s");
    expect(remainingText(400)).toBe("1 s");
    expect(remainingText(-5000)).toBe("0 s");
  });

  test("handles are numbered per kind, in the ticket's order", () => {
    const refs = rankRefs([
      { handle: handleA, kind: "PROFILE" },
      { handle: handleB, kind: "BOOKING" },
      { handle: toBase64(new Uint8Array(16).fill(0xc)), kind: "BOOKING" },
    ]);
    expect([...refs.values()].map((r) => `${r.kind}${r.rank}`)).toEqual(["PROFILE1", "BOOKING1", "BOOKING2"]);
    expect(FIELDS_BY_KIND.PROFILE).toContain("social-security-number");
  });

  test("French and English have the same keys, none empty", () => {
    expect(Object.keys(enAgent).sort()).toEqual(Object.keys(frAgent).sort());
    for (const value of [...Object.values(frAgent), ...Object.values(enAgent)]) expect(value.trim()).not.toBe("");
  });
});
