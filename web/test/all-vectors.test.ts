import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

/** A new vector file must get a browser test too, or the two sides could drift apart unseen. */
const TESTED = [
  "booking-token.json",
  "key-entry.json",
  "keywrap.json",
  "merkle-proofs.json",
  "password-kdf.json",
  "prescription.json",
  "record.json",
  "recovery-code.json",
  "reminder-job.json",
  "reminder-preferences.json",
  "signature.json",
  "stream.json",
];

test("every file in testdata/vectors has a browser test", () => {
  const directory = fileURLToPath(new URL("../../testdata/vectors/", import.meta.url));
  const files = readdirSync(directory).filter((name) => name.endsWith(".json"));
  expect(files.sort()).toEqual(TESTED);
});
