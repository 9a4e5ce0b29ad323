import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { secureRandom, toHex } from "../src/crypto";
import { normalizeLogin } from "../src/app/account";
import { generateKeyBundle, openKeyBundle, sealKeyBundle, uuidBytes } from "../src/app/keybundle";
import { en, fr } from "../src/app/i18n";
import { parseCities, parseSpecialties } from "../src/app/reference";

const referenceDir = "../../availability/src/main/resources/org/aparte/availability/reference/";
const read = (name: string): string =>
  readFileSync(fileURLToPath(new URL(referenceDir + name, import.meta.url)), "utf8");

describe("key bundle", () => {
  test("sealed under a wrapping key, it opens to the same keys, and only for its account", async () => {
    const bundle = await generateKeyBundle();
    const wrappingKey = secureRandom(32);
    const accountId = crypto.randomUUID();
    const sealed = await sealKeyBundle(bundle, wrappingKey, accountId);
    const opened = await openKeyBundle(wrappingKey, accountId, sealed);
    expect(toHex(opened.encryptionPublicKey)).toBe(toHex(bundle.encryptionPublicKey));
    expect(toHex(opened.signingPublicKey)).toBe(toHex(bundle.signingPublicKey));
    expect(toHex(opened.vaultKey)).toBe(toHex(bundle.vaultKey));
    expect(bundle.encryptionPublicKey.length).toBe(1218);
    await expect(openKeyBundle(wrappingKey, crypto.randomUUID(), sealed)).rejects.toThrow();
  });

  test("a record id is the UUID's 16 big-endian bytes", () => {
    expect(toHex(uuidBytes("0f8fad5b-d9cb-469f-a165-70867728950e"))).toBe(
      "0f8fad5bd9cb469fa16570867728950e",
    );
  });
});

test("logins are trimmed and lower-cased like LoginId.normalize", () => {
  expect(normalizeLogin("  Camille.Martin@Example.FR ")).toBe("camille.martin@example.fr");
});

test("French and English name the same messages, none empty", () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  expect(Object.values(en).every((m) => m.length > 0)).toBe(true);
});

test("the reference lists the server uses are read whole", () => {
  const cities = parseCities(read("cities.txt"));
  expect(cities.length).toBeGreaterThan(20);
  expect(cities[0]).toEqual({ name: "Paris", postcode: "75001", latitude: 48.8566, longitude: 2.3522 });
  expect(cities.every((c) => Number.isFinite(c.latitude) && Number.isFinite(c.longitude))).toBe(true);
  const specialties = parseSpecialties(read("specialties.txt"));
  expect(specialties.find((s) => s.code === "cardiologie")?.fr).toBe("Cardiologie");
});
