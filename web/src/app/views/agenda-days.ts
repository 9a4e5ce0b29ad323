import { h } from "../dom";
import { t } from "../i18n";
import { type AgendaBooking, type AgendaEntry, entryStart } from "../agenda-decrypt";
import { agendaTable } from "./agenda-rows";
import { dayKey, formatDay } from "./format";

/**
 * The agenda's days: each shown at once with its heading, waiting for its bookings, and filled when
 * they are decrypted (the workers answer day by day). Only the entries of the days shown are
 * decrypted; the day of margin the agenda asks for on each side is there for time zones.
 */
export function entriesByDay(entries: readonly AgendaEntry[], days: readonly string[], zone: string): AgendaEntry[][] {
  const byDay = new Map<string, AgendaEntry[]>(days.map((d) => [d, []]));
  for (const entry of entries) byDay.get(dayKey(entryStart(entry), zone))?.push(entry);
  return days.map((d) => byDay.get(d) ?? []);
}

export function daySection(day: string): HTMLElement {
  const label = formatDay(`${day}T12:00:00Z`, "UTC");
  return h("section", { class: "agenda-day", "aria-label": label, "aria-busy": "true" }, h("h2", {}, label), h("p", { class: "muted" }, t("decrypting")));
}

/** Replaces the section's waiting line with the day's bookings (sorted by start) or "none". */
export function fillDay(section: HTMLElement, bookings: AgendaBooking[], zone: string): void {
  section.lastElementChild?.replaceWith(bookings.length === 0 ? h("p", { class: "muted" }, t("noBookings")) : agendaTable(bookings, zone));
  section.removeAttribute("aria-busy");
}
