import { language } from "../i18n";

function locale(): string {
  return language() === "fr" ? "fr-FR" : "en-GB";
}

// Building an Intl.DateTimeFormat costs far more than using one; the agenda formats thousands.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(localeName: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = localeName + JSON.stringify(options);
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(localeName, options);
    formatters.set(key, found);
  }
  return found;
}

export function formatSlot(instant: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "short" };
  if (timeZone !== undefined) {
    options.timeZone = timeZone;
  }
  return formatter(locale(), options).format(new Date(instant));
}

export function formatTime(instant: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };
  if (timeZone !== undefined) options.timeZone = timeZone;
  return formatter(locale(), options).format(new Date(instant));
}

export function formatDay(instant: string | Date, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
  if (timeZone !== undefined) options.timeZone = timeZone;
  return formatter(locale(), options).format(new Date(instant));
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD (en-CA formats it so). */
export function dayKey(instant: string | Date, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
  if (timeZone !== undefined) options.timeZone = timeZone;
  return formatter("en-CA", options).format(new Date(instant));
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
