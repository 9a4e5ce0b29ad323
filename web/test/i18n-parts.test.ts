import { expect, test } from "vitest";
import { enAgent, frAgent } from "../src/app/i18n-agent";
import { enPatient, frPatient } from "../src/app/i18n-patient";
import { enPractice, frPractice } from "../src/app/i18n-practice";
import { enReminders, frReminders } from "../src/app/i18n-reminders";
import { enVerify, frVerify } from "../src/app/i18n-verify";

/**
 * The catalogues are spread into one (i18n.ts), so a key two parts define is silently taken from
 * the later one: a practice page's "save" once renamed the patient's profile button.
 */
test("no two catalogue parts give the same key different texts", () => {
  for (const parts of [
    { frAgent, frPatient, frPractice, frReminders, frVerify },
    { enAgent, enPatient, enPractice, enReminders, enVerify },
  ]) {
    const seen = new Map<string, [string, string]>();
    const clashes: string[] = [];
    for (const [part, catalogue] of Object.entries(parts)) {
      for (const [key, text] of Object.entries(catalogue as Record<string, string>)) {
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier[1] !== text) clashes.push(`${key}: ${earlier[0]} / ${part}`);
        seen.set(key, [part, text]);
      }
    }
    expect(clashes).toEqual([]);
  }
});
