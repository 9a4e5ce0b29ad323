import type { Session } from "../account";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { requestAccess } from "../support/agent";
import type { ScopeItem } from "../support/desk";
import { FIELDS_BY_KIND, type OfferedRef } from "../support/ref-kinds";
import { fieldLabel, refLabel } from "./agent-labels";

const DURATIONS = [900, 3600, 7200, 86400];

/** The agent asks for fields of the offered records, for a while, with a reason the user reads. */
export function askForm(session: Session, ticketId: string, refs: Map<string, OfferedRef>, onDone: () => void): HTMLElement {
  const out = status();
  const boxes: { ref: string; field: string; box: HTMLInputElement }[] = [];
  const sets = [...refs.values()].map((ref, i) =>
    h(
      "fieldset",
      { class: "ask-record" },
      h("legend", {}, refLabel(ref)),
      ...FIELDS_BY_KIND[ref.kind].map((name) => {
        const id = `ask-${i}-${name}`;
        const box = h("input", { type: "checkbox", id, "data-field": name }) as HTMLInputElement;
        boxes.push({ ref: ref.handle, field: name, box });
        return h("label", { for: id, class: "check" }, box, fieldLabel(name));
      }),
    ),
  );
  const reason = h("textarea", { id: "ask-reason", rows: "2", maxlength: "500" }) as HTMLTextAreaElement;
  const duration = h(
    "select",
    { id: "ask-duration" },
    ...DURATIONS.map((s) => h("option", { value: String(s), ...(s === 3600 ? { selected: true } : {}) }, t(`duration_${s}` as MessageKey))),
  ) as HTMLSelectElement;
  const submit = h("button", { type: "submit" }, t("askButton")) as HTMLButtonElement;
  return h(
    "form",
    { id: "ask-access", onsubmit: (e) => (e.preventDefault(), void send()) },
    h("h2", {}, t("askTitle")),
    ...(sets.length === 0 ? [h("p", {}, t("offeredNothing"))] : sets),
    h("div", { class: "field" }, h("label", { for: "ask-reason" }, t("askReason")), reason),
    h("div", { class: "field" }, h("label", { for: "ask-duration" }, t("askDuration")), duration),
    submit,
    out,
  );

  async function send(): Promise<void> {
    const scope: ScopeItem[] = [];
    for (const { ref, field, box } of boxes) {
      if (!box.checked) continue;
      const item = scope.find((s) => s.ref === ref);
      if (item === undefined) scope.push({ ref, fields: [field] });
      else item.fields.push(field);
    }
    if (scope.length === 0) return void (out.textContent = t("askNothing"));
    if (reason.value.trim() === "") return void (out.textContent = t("askNoReason"));
    submit.disabled = true;
    try {
      await requestAccess(session, ticketId, scope, reason.value.trim(), Number(duration.value));
      out.textContent = t("asked");
      onDone();
    } catch (error) {
      out.textContent = t(messageFor(error));
    } finally {
      submit.disabled = false;
    }
  }
}
