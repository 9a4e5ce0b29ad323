/**
 * The vault's reminderPreferences member, version 1, exactly as Java's ReminderPreferences reads
 * and writes it (testdata/vectors/reminder-preferences.json; docs/protocol.md):
 * {"version":1,"rules":[{"channel":"EMAIL","beforeMinutes":2880}],"language":"fr",
 *  "timeZone":"Europe/Paris","detailed":false}. null in the vault means "never set": booking then
 * attaches no reminders.
 */
export type ReminderChannelName = "EMAIL" | "SMS";
export type ReminderLanguage = "fr" | "en";

export interface ReminderRule {
  readonly channel: ReminderChannelName;
  readonly beforeMinutes: number;
}

export interface ReminderPreferences {
  readonly rules: readonly ReminderRule[];
  readonly language: ReminderLanguage;
  readonly timeZone: string;
  readonly detailed: boolean;
}

export const MAX_RULES = 4;
export const MAX_BEFORE_MINUTES = 30 * 24 * 60;

export class ReminderPreferencesError extends Error {
  constructor(reason: string) {
    super(`reminder preferences in the vault: ${reason}`);
    this.name = "ReminderPreferencesError";
  }
}

/** E-mail two days before and SMS one day before, generic French text (Java's defaults()). */
export function defaultPreferences(): ReminderPreferences {
  return {
    rules: [
      { channel: "EMAIL", beforeMinutes: 2 * 24 * 60 },
      { channel: "SMS", beforeMinutes: 24 * 60 },
    ],
    language: "fr",
    timeZone: "Europe/Paris",
    detailed: false,
  };
}

/** The vault member as stored, field order as Java writes it. */
export function toVault(preferences: ReminderPreferences): unknown {
  check(preferences);
  return {
    version: 1,
    rules: preferences.rules.map((r) => ({ channel: r.channel, beforeMinutes: r.beforeMinutes })),
    language: preferences.language,
    timeZone: preferences.timeZone,
    detailed: preferences.detailed,
  };
}

/** The stored preferences, or null when the vault holds none; throws on any other shape. */
export function fromVault(stored: unknown): ReminderPreferences | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  if (!isObject(stored) || stored["version"] !== 1) {
    throw new ReminderPreferencesError("not version 1 reminder preferences");
  }
  for (const key of Object.keys(stored)) {
    if (!["version", "rules", "language", "timeZone", "detailed"].includes(key)) {
      throw new ReminderPreferencesError(`unknown field ${key}`);
    }
  }
  const { rules, language, timeZone, detailed } = stored;
  if (!Array.isArray(rules) || typeof timeZone !== "string" || typeof detailed !== "boolean") {
    throw new ReminderPreferencesError("a field is missing or of the wrong type");
  }
  if (language !== "fr" && language !== "en") {
    throw new ReminderPreferencesError("language must be fr or en");
  }
  const preferences: ReminderPreferences = {
    rules: rules.map(rule),
    language,
    timeZone,
    detailed,
  };
  check(preferences);
  return preferences;
}

function rule(value: unknown): ReminderRule {
  if (!isObject(value) || Object.keys(value).length !== 2) {
    throw new ReminderPreferencesError("a rule is {channel, beforeMinutes}");
  }
  const { channel, beforeMinutes } = value;
  if (channel !== "EMAIL" && channel !== "SMS") {
    throw new ReminderPreferencesError("a rule's channel is EMAIL or SMS");
  }
  if (typeof beforeMinutes !== "number" || !Number.isInteger(beforeMinutes)) {
    throw new ReminderPreferencesError("a rule is {channel, beforeMinutes}");
  }
  return { channel, beforeMinutes };
}

function check(preferences: ReminderPreferences): void {
  if (preferences.rules.length > MAX_RULES) {
    throw new ReminderPreferencesError("invalid time zone or too many rules");
  }
  for (const r of preferences.rules) {
    if (r.beforeMinutes < 0 || r.beforeMinutes > MAX_BEFORE_MINUTES) {
      throw new ReminderPreferencesError("a rule comes 0 to 30 days before");
    }
  }
  if (!isTimeZone(preferences.timeZone)) {
    throw new ReminderPreferencesError("invalid time zone or too many rules");
  }
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
