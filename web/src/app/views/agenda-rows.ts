import { h } from "../dom";
import { language, t } from "../i18n";
import type { BookingContent } from "../booking";
import type { AgendaBooking } from "../practice-side";
import { statusLabel } from "./appointments";
import { formatTime } from "./format";

/**
 * The agenda's table rows. A week can hold a thousand bookings, so each row is a clone of one
 * prototype (built once per table with h()) whose text is then set: cloning is one native call
 * where building a row element by element is a dozen, with attributes parsed one by one. Text is
 * only ever set as text (textContent, Text nodes), never parsed, like h().
 */
export function agendaTable(bookings: AgendaBooking[], zone: string): HTMLElement {
  let prototypes: Prototypes | undefined;
  const rows = bookings.map((b) => reused(b, zone) ?? kept(b, zone, row(b, zone, (prototypes ??= rowPrototypes()))));
  return h(
    "table",
    { class: "agenda" },
    h("thead", {}, h("tr", {}, ...[t("time"), t("patient"), t("reason"), t("status"), t("actions")].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows),
  );
}

/**
 * Rows already built for a booking's content (the same object: agenda-opened.ts hands back what
 * it opened), moved into the new table rather than built again. Switching between day and week
 * otherwise rebuilt a thousand rows while the last view's thousand were garbage, and measured, the
 * collection paid during that allocation made a week seen again cost 0.65–0.98 s of row building
 * against 0.1 s after a forced collection. Held weakly: the rows go with the opened bookings (at
 * logout, with the keyring).
 */
interface KeptRow {
  readonly bookingId: string;
  readonly status: string;
  readonly zone: string;
  readonly language: string;
  readonly row: HTMLElement;
}

const rowsByContent = new WeakMap<BookingContent, KeptRow>();

function reused(b: AgendaBooking, zone: string): HTMLElement | undefined {
  const found = rowsByContent.get(b.content);
  const same = found !== undefined && found.bookingId === b.bookingId && found.status === b.status && found.zone === zone && found.language === language();
  return same ? found.row : undefined;
}

function kept(b: AgendaBooking, zone: string, built: HTMLElement): HTMLElement {
  rowsByContent.set(b.content, { bookingId: b.bookingId, status: b.status, zone, language: language(), row: built });
  return built;
}

interface Prototypes {
  readonly row: HTMLElement;
  readonly muted: HTMLElement;
  readonly plain: HTMLElement;
  /** The three action buttons (one delegated listener in agenda.ts reads data-action). */
  readonly actions: DocumentFragment;
}

function rowPrototypes(): Prototypes {
  const actions = document.createDocumentFragment();
  actions.append(
    h("button", { type: "button", class: "secondary", "data-action": "ARRIVED" }, t("markArrived")),
    h("button", { type: "button", class: "secondary", "data-action": "NO_SHOW" }, t("markNoShow")),
    h("button", { type: "button", class: "danger", "data-action": "CANCELLED_BY_PRACTICE" }, t("cancelByPractice")),
  );
  return {
    row: h(
      "tr",
      {},
      h("td", {}, h("time", {}), h("div", { class: "muted" })),
      h("td", {}, h("strong", {})),
      h("td", { class: "reason" }),
      h("td", { class: "state" }),
      h("td", { class: "actions" }),
    ),
    muted: h("div", { class: "muted" }),
    plain: h("div", {}),
    actions,
  };
}

function row(b: AgendaBooking, zone: string, prototypes: Prototypes): HTMLElement {
  const c = b.content;
  const p = c.patient;
  const person = c.forRelative ?? p;
  const tr = prototypes.row.cloneNode(true) as HTMLElement;
  tr.setAttribute("data-booking", b.bookingId);
  const [when, who, reason, state, actions] = Array.from(tr.children) as HTMLElement[];
  const time = when?.firstElementChild as HTMLElement;
  time.setAttribute("datetime", b.start);
  time.textContent = formatTime(b.start, zone);
  (when?.lastElementChild as HTMLElement).textContent = c.visitTypeName ?? "";
  (who?.firstElementChild as HTMLElement).textContent = `${person.firstName} ${person.lastName}`;
  if (person.birthDate !== null) who?.append(` (${person.birthDate})`);
  if (c.forRelative !== null) who?.append(text(prototypes.muted, `${c.forRelative.relationship ?? ""} — ${p.firstName} ${p.lastName}`));
  if (p.phone !== null) who?.append(text(prototypes.plain, p.phone));
  if (reason !== undefined) reason.textContent = c.reason ?? "";
  if (state !== undefined) state.textContent = statusLabel(b.status);
  if (b.status === "CONFIRMED") actions?.append(prototypes.actions.cloneNode(true));
  return tr;
}

function text(prototype: HTMLElement, value: string): HTMLElement {
  const element = prototype.cloneNode(false) as HTMLElement;
  element.textContent = value;
  return element;
}
