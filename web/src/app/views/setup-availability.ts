import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { DAYS, type Rule, type Schedule, type VisitType, addClosure, putRules, putVisitType } from "../practice-setup";
import { session } from "../state";

/** Runs one set-up request and says how it went in the form's live region. */
async function saving(message: HTMLElement, done: MessageKey, action: () => Promise<void>): Promise<boolean> {
  const current = session();
  if (current === null) return false;
  message.textContent = t("loading");
  try {
    await action();
    message.textContent = t(done);
    return true;
  } catch (error) {
    message.textContent = t(messageFor(error));
    return false;
  }
}

function visitTypeSelect(id: string, visitTypes: VisitType[], whole?: string): HTMLSelectElement {
  return h(
    "select",
    { id },
    ...(whole === undefined ? [] : [h("option", { value: "" }, whole)]),
    ...visitTypes.map((v) => h("option", { value: v.id }, v.name)),
  ) as HTMLSelectElement;
}

/** Visit types: the list, and a form that PUTs a new one (VisitTypeRequest). */
export function visitTypesSection(practiceId: string, visitTypes: VisitType[], reload: () => void): HTMLElement {
  const message = status();
  const name = field("vt-name", t("visitTypeName"), { required: true, maxlength: "80" });
  const duration = field("vt-duration", t("duration"), { type: "number", min: "5", max: "480", value: "20", required: true });
  const capacity = field("vt-capacity", t("capacity"), { type: "number", min: "1", max: "500", value: "1", required: true });
  const online = h("input", { id: "vt-online", type: "checkbox", checked: true }) as HTMLInputElement;
  const submit = async (): Promise<void> => {
    const current = session();
    const visitType: VisitType = {
      id: crypto.randomUUID(),
      name: name.input.value.trim(),
      durationMinutes: Number(duration.input.value),
      bookableOnline: online.checked,
      capacity: Number(capacity.input.value),
    };
    if (current !== null && (await saving(message, "visitTypeSaved", () => putVisitType(current, practiceId, visitType)))) reload();
  };
  return h(
    "section",
    { "aria-labelledby": "vt-title" },
    h("h2", { id: "vt-title" }, t("visitTypesTitle")),
    visitTypes.length === 0
      ? h("p", { class: "muted" }, t("noVisitTypes"))
      : h("ul", { class: "visit-types" }, ...visitTypes.map((v) =>
          h("li", {}, `${v.name} — ${v.durationMinutes} ${t("minutes")}, ${v.capacity} × — ${v.bookableOnline ? t("online") : t("offline")}`))),
    h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      name.wrapper,
      duration.wrapper,
      capacity.wrapper,
      h("div", { class: "field check" }, online, h("label", { for: "vt-online" }, t("bookableOnline"))),
      h("button", { type: "submit" }, t("addVisitType")),
      message,
    ),
  );
}

/**
 * Weekly hours of one visit type: the stored windows read back, editable, saved with one PUT that
 * replaces them all (a window's validity dates, not editable here, are kept as stored).
 */
export function hoursSection(practiceId: string, visitTypes: VisitType[], schedule: Schedule): HTMLElement {
  const message = status();
  const type = visitTypeSelect("hours-visit-type", visitTypes);
  const windows = h("ol", { class: "windows" });
  let counter = 0;
  const addWindow = (day: string = "MONDAY", from = "09:00", to = "12:00", stored?: Rule): void => {
    const n = counter++;
    const daySelect = h("select", { id: `hours-day-${n}`, class: "hours-day" }, ...DAYS.map((d) =>
      h("option", { value: d, ...(d === day ? { selected: true } : {}) }, t(`day_${d}`)))) as HTMLSelectElement;
    const start = field(`hours-from-${n}`, t("from"), { type: "time", value: from, required: true, class: "hours-from" });
    const end = field(`hours-to-${n}`, t("to"), { type: "time", value: to, required: true, class: "hours-to" });
    const item: HTMLElement = h(
      "li",
      { class: "window", "data-valid-from": stored?.validFrom ?? "", "data-valid-until": stored?.validUntil ?? "" },
      h("div", { class: "field" }, h("label", { for: `hours-day-${n}` }, t("day")), daySelect),
      start.wrapper,
      end.wrapper,
      h("button", { type: "button", class: "secondary", onclick: () => item.remove() }, t("removeWindow")),
    );
    windows.append(item);
  };
  const showStored = (): void => {
    windows.replaceChildren();
    counter = 0;
    const rules = schedule.visitTypes.find((v) => v.visitTypeId === type.value)?.rules ?? [];
    if (rules.length === 0) addWindow();
    for (const rule of rules) addWindow(rule.dayOfWeek, rule.start.slice(0, 5), rule.end.slice(0, 5), rule);
  };
  type.addEventListener("change", showStored);
  showStored();
  const submit = async (): Promise<void> => {
    const current = session();
    const rules: Rule[] = [...windows.querySelectorAll("li.window")].map((li) => ({
      dayOfWeek: (li.querySelector(".hours-day") as HTMLSelectElement).value,
      start: (li.querySelector(".hours-from") as HTMLInputElement).value,
      end: (li.querySelector(".hours-to") as HTMLInputElement).value,
      validFrom: (li as HTMLElement).dataset.validFrom || null,
      validUntil: (li as HTMLElement).dataset.validUntil || null,
    }));
    if (current === null || !(await saving(message, "hoursSaved", () => putRules(current, practiceId, type.value, rules)))) return;
    // What is shown when switching back to this visit type is what was just saved.
    schedule.visitTypes = [...schedule.visitTypes.filter((v) => v.visitTypeId !== type.value), { visitTypeId: type.value, rules }];
  };
  return h(
    "section",
    { "aria-labelledby": "hours-title" },
    h("h2", { id: "hours-title" }, t("hoursTitle")),
    h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      h("div", { class: "field" }, h("label", { for: "hours-visit-type" }, t("visitType")), type),
      h("p", { class: "muted" }, t("hoursHint")),
      windows,
      h("button", { type: "button", class: "secondary", onclick: () => addWindow() }, t("addWindow")),
      h("button", { type: "submit" }, t("saveHours")),
      message,
    ),
  );
}

/** Closures: the stored ones listed, and whole local days added, for the practice or one visit type. */
export function closuresSection(practiceId: string, visitTypes: VisitType[], schedule: Schedule): HTMLElement {
  const message = status();
  const nameOf = (id: string | null): string => (id === null ? t("wholePractice") : (visitTypes.find((v) => v.id === id)?.name ?? id));
  const stored = h(
    "ul",
    { class: "closures", "data-testid": "closures" },
    ...schedule.closures.map((c) => h("li", {}, `${c.from} – ${c.until} · ${nameOf(c.visitTypeId)}`)),
  );
  const none = h("p", { class: "muted", ...(schedule.closures.length === 0 ? {} : { hidden: true }) }, t("noClosures"));
  const from = field("closure-from", t("firstClosedDay"), { type: "date", required: true });
  const until = field("closure-until", t("lastClosedDay"), { type: "date", required: true });
  const scope = visitTypeSelect("closure-scope", visitTypes, t("wholePractice"));
  const submit = async (): Promise<void> => {
    const current = session();
    const visitTypeId = scope.value === "" ? null : scope.value;
    if (current === null || !(await saving(message, "closureSaved", () => addClosure(current, practiceId, from.input.value, until.input.value, visitTypeId)))) return;
    stored.append(h("li", {}, `${from.input.value} – ${until.input.value} · ${nameOf(visitTypeId)}`));
    none.hidden = true;
  };
  return h(
    "section",
    { "aria-labelledby": "closures-title" },
    h("h2", { id: "closures-title" }, t("closuresTitle")),
    none,
    stored,
    h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      from.wrapper,
      until.wrapper,
      h("div", { class: "field" }, h("label", { for: "closure-scope" }, t("closureScope")), scope),
      h("button", { type: "submit" }, t("addClosure")),
      message,
    ),
  );
}
