import { expect, test } from "vitest";
import {
  ReminderPreferencesError,
  defaultPreferences,
  fromVault,
  toVault,
} from "../src/app/reminder-preferences";
import { loadVectors } from "./vectors";

interface Case {
  name: string;
  valid: boolean;
  json: string;
  rules?: { channel: string; before_minutes: number }[];
  language?: string;
  time_zone?: string;
  detailed?: boolean;
}

const file = loadVectors<Case>("reminder-preferences.json");

/** The same file Java's ReminderPreferencesVectorsTest reads: a vault written by one opens on the other. */
test.each(file.cases.filter((c) => c.valid))("reads and writes $name as Java does", (c) => {
  const read = fromVault(JSON.parse(c.json));
  expect(read).toEqual({
    rules: c.rules!.map((r) => ({ channel: r.channel, beforeMinutes: r.before_minutes })),
    language: c.language,
    timeZone: c.time_zone,
    detailed: c.detailed,
  });
  expect(JSON.stringify(toVault(read!))).toBe(c.json);
});

test.each(file.cases.filter((c) => !c.valid))("refuses $name", (c) => {
  expect(() => fromVault(JSON.parse(c.json))).toThrow(ReminderPreferencesError);
});

test("the defaults are the file's first case, and null means never set", () => {
  expect(JSON.stringify(toVault(defaultPreferences()))).toBe(file.cases[0]!.json);
  expect(fromVault(null)).toBeNull();
});
