import type { ReminderChannelName, ReminderLanguage, ReminderPreferences } from "./reminder-preferences";
import type { AppointmentRef } from "./vault";

/**
 * The browser's port of org.aparte.client.reminder.ReminderPlanner and ReminderText: the reminders
 * of one booking from the vault's preferences, padded with cover jobs to a fixed count so that the
 * operator cannot tell who asked for reminders; at most one SMS per patient per day.
 */
export type JobChannel = ReminderChannelName | "NONE";

export interface ReminderMessage {
  readonly channel: JobChannel;
  readonly destination: string;
  /** Unix seconds, on a quarter hour. */
  readonly sendAt: number;
  readonly language: ReminderLanguage;
  readonly text: string;
}

export interface Contact {
  readonly email: string | null | undefined;
  readonly phone: string | null | undefined;
}

export const JOBS_PER_BOOKING = 2;
export const MAX_JOBS = 4;
export const GRANULARITY_SECONDS = 15 * 60;
export const MAX_TEXT_BYTES = 700;
const DAY = 24 * 60 * 60;
const COVER_LEADS = [2 * DAY, DAY];

export function floorToGranularity(seconds: number): number {
  return Math.floor(seconds / GRANULARITY_SECONDS) * GRANULARITY_SECONDS;
}

export function cover(sendAt: number): ReminderMessage {
  return { channel: "NONE", destination: "", sendAt, language: "en", text: "" };
}

/** start and now in Unix seconds; smsDaysTaken as YYYY-MM-DD in the preferences' zone. */
export function plan(
  preferences: ReminderPreferences,
  contact: Contact,
  start: number,
  practiceName: string | null,
  visitTypeName: string | null,
  now: number,
  smsDaysTaken: ReadonlySet<string>,
): ReminderMessage[] {
  const planned: ReminderMessage[] = [];
  for (const rule of preferences.rules) {
    const destination = (rule.channel === "EMAIL" ? contact.email : contact.phone) ?? "";
    const sendAt = floorToGranularity(start - rule.beforeMinutes * 60);
    if (destination.trim() === "" || sendAt <= now) continue;
    if (rule.channel === "SMS" && smsDaysTaken.has(localDay(sendAt, preferences.timeZone))) continue;
    const text = preferences.detailed
      ? detailedText(preferences.language, start, preferences.timeZone, practiceName, visitTypeName)
      : genericText(preferences.language, start, preferences.timeZone);
    planned.push({ channel: rule.channel, destination, sendAt, language: preferences.language, text });
  }
  const target = preferences.rules.length <= JOBS_PER_BOOKING ? JOBS_PER_BOOKING : MAX_JOBS;
  for (let i = 0; planned.length < target; i++) {
    planned.push(cover(coverTime(start, now, i)));
  }
  return planned;
}

/** The days on which the patient's other confirmed bookings already have an SMS reminder. */
export function smsDaysTaken(
  appointments: readonly AppointmentRef[],
  preferences: ReminderPreferences,
  except: string,
): Set<string> {
  const days = new Set<string>();
  for (const a of appointments) {
    if (a.bookingId === except || a.start === null || a.status !== "CONFIRMED") continue;
    const start = Date.parse(a.start) / 1000;
    for (const rule of preferences.rules) {
      if (rule.channel === "SMS") {
        days.add(localDay(floorToGranularity(start - rule.beforeMinutes * 60), preferences.timeZone));
      }
    }
  }
  return days;
}

function coverTime(start: number, now: number, index: number): number {
  const at = floorToGranularity(start - COVER_LEADS[index % 2]!);
  return at > now ? at : floorToGranularity(now) + GRANULARITY_SECONDS;
}

export function localDay(seconds: number, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(seconds * 1000),
  );
}

/** "jeudi 5 mars à 10:30" / "Thursday 5 March at 10:30", as Java's DateTimeFormatter writes it. */
function when(language: ReminderLanguage, start: number, zone: string): string {
  const parts = new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(start * 1000));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  const time = `${part("hour")}:${part("minute")}`;
  return `${part("weekday")} ${part("day")} ${part("month")} ${language === "fr" ? "à" : "at"} ${time}`;
}

export function genericText(language: ReminderLanguage, start: number, zone: string): string {
  return language === "fr"
    ? `Rappel : rendez-vous le ${when(language, start, zone)}. Détails dans Aparté.`
    : `Reminder: appointment on ${when(language, start, zone)}. Details in Aparté.`;
}

export function detailedText(
  language: ReminderLanguage,
  start: number,
  zone: string,
  practiceName: string | null,
  visitTypeName: string | null,
): string {
  return fit(`${genericText(language, start, zone)} (${visitTypeName ?? ""} — ${practiceName ?? ""})`);
}

function fit(text: string): string {
  const points = Array.from(text);
  while (new TextEncoder().encode(points.join("")).length > MAX_TEXT_BYTES) points.pop();
  return points.join("");
}
