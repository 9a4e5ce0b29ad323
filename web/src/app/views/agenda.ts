import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import {
  type AgendaBooking,
  type Keyring,
  type MemberStatus,
  type MyPractice,
  fetchAgendaEntries,
  markBooking,
  myPractices,
  openKeyring,
} from "../practice-side";
import type { Session } from "../account";
import { session } from "../state";
import { decryptInBatches, lastDecryption, prepareWorkers } from "../agenda-workers";
import { daySection, entriesByDay, fillDay } from "./agenda-days";
import { addDays, dayKey } from "./format";

/**
 * The practice's keyrings, opened once per session and kept in memory only, with the bookings
 * already opened (agenda-workers.ts keeps those per keyring). Held through the session object:
 * after logout nothing reachable refers to them.
 */
const keyrings = new WeakMap<Session, Map<string, Keyring>>();

function keyringsOf(current: Session): Map<string, Keyring> {
  let found = keyrings.get(current);
  if (found === undefined) {
    found = new Map();
    keyrings.set(current, found);
  }
  return found;
}

/** After a key rotation (members page): the next agenda opens the keyring again. */
export function forgetKeyring(practiceId: string): void {
  const current = session();
  if (current !== null) keyrings.get(current)?.delete(practiceId);
}

/**
 * The practice agenda: day or week, every booking decrypted in the browser with the practice key
 * (unwrapped with the member's account key), with the reason, and the member's actions.
 */
export function agendaView(initialDay?: string): HTMLElement {
  const message = status();
  message.textContent = t("decrypting");
  const controls = h("div", { class: "agenda-controls" });
  // One listener for every action button of the agenda (data-action on the button, the booking
  // id on its row) instead of three closures per booking.
  const body = h("div", { onclick: (e) => onAction(e) });
  let shown = new Map<string, AgendaBooking>();
  let practices: MyPractice[] = [];
  let practice: MyPractice | undefined;
  let mode: "day" | "week" = "day";
  let day = initialDay ?? dayKey(new Date());
  // Each load counts; an older one still decrypting (the view changed meanwhile) shows nothing.
  let loads = 0;
  void start();
  return h("section", { "aria-labelledby": "agenda-title" }, h("h1", { id: "agenda-title" }, t("agendaTitle")), controls, message, body);

  async function start(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      practices = await myPractices(current);
      practice = practices[0];
      if (practice === undefined) {
        message.textContent = t("noPractice");
        return;
      }
      renderControls();
      await load();
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  function renderControls(): void {
    const select = h(
      "select",
      { id: "agenda-practice", onchange: (e) => { practice = practices.find((p) => p.id === (e.target as HTMLSelectElement).value); void load(); } },
      ...practices.map((p) => h("option", { value: p.id, ...(p.id === practice?.id ? { selected: true } : {}) }, p.profile.name)),
    );
    const view = h(
      "select",
      { id: "agenda-view", onchange: (e) => { mode = (e.target as HTMLSelectElement).value as "day" | "week"; void load(); } },
      h("option", { value: "day" }, t("dayView")),
      h("option", { value: "week" }, t("weekView")),
    );
    const step = (n: number): void => {
      day = addDays(day, mode === "day" ? n : 7 * n);
      void load();
    };
    controls.replaceChildren(
      h("div", { class: "field" }, h("label", { for: "agenda-practice" }, t("practiceLabel")), select),
      h("div", { class: "field" }, h("label", { for: "agenda-view" }, t("view")), view),
      h("div", { class: "week-nav" },
        h("button", { type: "button", class: "secondary", onclick: () => step(-1) }, t("previous")),
        h("button", { type: "button", class: "secondary", onclick: () => { day = dayKey(new Date()); void load(); } }, t("today")),
        h("button", { type: "button", class: "secondary", onclick: () => step(1) }, t("next")),
      ),
      h("a", { href: `#/phone-book/${day}`, class: "phone-book", onclick: (e) => { (e.currentTarget as HTMLAnchorElement).href = `#/phone-book/${day}`; } }, t("phoneBookLink")),
    );
  }

  async function load(): Promise<void> {
    const current = session();
    if (current === null || practice === undefined) return;
    const generation = ++loads;
    const stale = (): boolean => generation !== loads;
    message.textContent = t("decrypting");
    try {
      let ring = keyringsOf(current).get(practice.id);
      if (ring === undefined) {
        ring = await openKeyring(current, practice.id);
        prepareWorkers();
        keyringsOf(current).set(practice.id, ring);
      }
      const first = mode === "day" ? day : mondayOf(day);
      const days = Array.from({ length: mode === "day" ? 1 : 7 }, (_, i) => addDays(first, i));
      // A day of margin on each side, then grouped by the practice's own calendar day.
      const from = new Date(`${addDays(first, -1)}T00:00:00Z`);
      const to = new Date(`${addDays(first, days.length + 1)}T00:00:00Z`);
      const started = performance.now();
      const entries = await fetchAgendaEntries(current, practice.id, from, to);
      if (stale()) return;
      const zone = practice.profile.timeZone;
      const sections = days.map(daySection);
      shown = new Map();
      body.replaceChildren(...sections);
      let buildMs = 0;
      const view = await decryptInBatches(practice.id, ring, entriesByDay(entries, days, zone), (index, decrypted) => {
        if (stale()) return;
        const built = performance.now();
        for (const b of decrypted.bookings) shown.set(b.bookingId, b);
        const section = sections[index];
        if (section !== undefined) fillDay(section, decrypted.bookings, zone);
        buildMs += performance.now() - built;
      });
      if (stale()) return;
      message.textContent = view.problems > 0 ? `${view.problems}${t("problems")}` : "";
      // Read by the Chromium benchmark: the fetch and decryption (rows of the first days are
      // built meanwhile); the decryption alone (workers included, messages and merge); each
      // worker's busy time; the time spent building rows, mostly while the workers decrypt.
      body.dataset["decryptMs"] = String(Math.round(performance.now() - started));
      body.dataset["openMs"] = String(Math.round(lastDecryption.totalMs));
      body.dataset["workers"] = String(lastDecryption.workers);
      body.dataset["opened"] = String(lastDecryption.opened);
      body.dataset["reused"] = String(lastDecryption.reused);
      body.dataset["workerBusyMs"] = lastDecryption.busyMs.join(",");
      body.dataset["buildMs"] = String(Math.round(buildMs));
    } catch (error) {
      if (!stale()) message.textContent = t(messageFor(error));
    }
  }

  function onAction(event: Event): void {
    const button = (event.target as Element).closest("button[data-action]");
    const id = button?.closest("tr[data-booking]")?.getAttribute("data-booking");
    const booking = id === null || id === undefined ? undefined : shown.get(id);
    if (button === null || booking === undefined) return;
    void mark(booking, button.getAttribute("data-action") as MemberStatus);
  }

  async function mark(b: AgendaBooking, next: MemberStatus): Promise<void> {
    const current = session();
    if (current === null || practice === undefined) return;
    try {
      await markBooking(current, practice.id, b.bookingId, next);
      await load();
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
