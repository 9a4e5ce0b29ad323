import { language } from "../i18n";

export function formatSlot(instant: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "short" };
  if (timeZone !== undefined) {
    options.timeZone = timeZone;
  }
  return new Intl.DateTimeFormat(language() === "fr" ? "fr-FR" : "en-GB", options).format(
    new Date(instant),
  );
}
