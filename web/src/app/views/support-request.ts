import { toHex } from "../../crypto";
import type { Session } from "../account";
import { fromBase64 } from "../api";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { UnloggedKeyError } from "../log/directory";
import { type AccessRequest, type ScopeItem, approve, deny, expiryOf, revoke } from "../support/desk";
import type { VaultRecord } from "../support/records";
import { formatSlot } from "./format";

function fieldName(name: string): string {
  return t(`field_${name}` as MessageKey) ?? name;
}

function recordLabel(record: VaultRecord | undefined): string {
  if (record === undefined) return t("unknownRecord");
  if (record.kind === "PROFILE") return t("yourProfile");
  return t("yourBooking") + (record.start === null ? "" : formatSlot(record.start));
}

function hours(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? "" : ` ${minutes % 60} min`}` : `${minutes} min`;
}

/**
 * A record's own checkbox (each appointment can be kept or left out one by one): it ticks or
 * unticks all the record's fields, and shows whether all, some or none of them are ticked.
 */
function recordChoice(id: string, label: string, fields: readonly HTMLInputElement[]): HTMLElement {
  const box = h("input", { type: "checkbox", id, checked: true, "data-record": "" }) as HTMLInputElement;
  box.addEventListener("change", () => fields.forEach((f) => (f.checked = box.checked)));
  const sync = (): void => {
    const ticked = fields.filter((f) => f.checked).length;
    box.checked = ticked === fields.length;
    box.indeterminate = ticked > 0 && ticked < fields.length;
  };
  fields.forEach((f) => f.addEventListener("change", sync));
  return h("label", { for: id, class: "record-choice" }, box, h("strong", {}, label));
}

/**
 * One access request in plain words (RequestWording in Java): which agent, until when, what of
 * which record, and why. A pending one has a checkbox per record and per field (all ticked:
 * approving as is; unticking a record leaves it out, unticking a field narrows), approve and deny.
 */
export function requestCard(
  session: Session,
  request: AccessRequest,
  reason: string,
  records: Map<string, VaultRecord>,
  offered: readonly VaultRecord[],
): HTMLElement {
  const out = status();
  const boxes: { ref: string; field: string; box: HTMLInputElement }[] = [];
  const items = request.scope.map((item, i) => {
    const record = records.get(toHex(fromBase64(item.ref)));
    const pending = request.status === "PENDING";
    const fieldBoxes: HTMLInputElement[] = [];
    const fields = item.fields.map((name, j) => {
      if (!pending) return h("span", {}, fieldName(name), j < item.fields.length - 1 ? ", " : "");
      const id = `req-${request.requestId}-${i}-${name}`;
      const box = h("input", { type: "checkbox", id, checked: true, "data-field": name }) as HTMLInputElement;
      boxes.push({ ref: item.ref, field: name, box });
      fieldBoxes.push(box);
      return h("label", { for: id }, box, fieldName(name));
    });
    if (!pending) return h("li", {}, h("strong", {}, recordLabel(record), " : "), ...fields);
    return h("li", {}, recordChoice(`req-${request.requestId}-${i}`, recordLabel(record), fieldBoxes), " : ", ...fields);
  });
  const card = h(
    "article",
    { class: "request", "data-request": request.requestId },
    h(
      "p",
      {},
      t("requestBy"),
      request.agentId.slice(0, 8),
      t("requestAsks"),
      formatSlot(expiryOf(request)),
      ` (${hours(request.durationSeconds)})`,
      t("requestAtLatest"),
    ),
    h("ul", {}, ...items),
    h("p", {}, t("requestReason"), h("q", {}, reason)),
    h("p", {}, t("status"), " : ", h("span", { class: "state" }, t(`status_${request.status}` as MessageKey) ?? request.status)),
  );
  if (request.status === "APPROVED") {
    const revokeButton = h("button", { type: "button", class: "danger" }, t("revoke")) as HTMLButtonElement;
    revokeButton.addEventListener("click", () => {
      revokeButton.disabled = true;
      void revoke(session, request.requestId).then(
        () => {
          out.textContent = t("revoked");
          card.querySelector(".state")?.replaceChildren(t("status_REVOKED"));
          revokeButton.remove();
        },
        (error: unknown) => {
          revokeButton.disabled = false;
          out.textContent = t(messageFor(error));
        },
      );
    });
    card.append(revokeButton, out);
  }
  if (request.status !== "PENDING") return card;
  const approveButton = h("button", { type: "button" }, t("approve")) as HTMLButtonElement;
  const denyButton = h("button", { type: "button", class: "danger" }, t("deny")) as HTMLButtonElement;
  approveButton.addEventListener("click", () => {
    const scope: ScopeItem[] = [];
    for (const { ref, field, box } of boxes) {
      if (!box.checked) continue;
      const item = scope.find((s) => s.ref === ref);
      if (item === undefined) scope.push({ ref, fields: [field] });
      else item.fields.push(field);
    }
    if (scope.length === 0) {
      out.textContent = t("nothingTicked");
      return;
    }
    void decide(() => approve(session, request, scope, offered), "approved", "status_APPROVED");
  });
  denyButton.addEventListener("click", () => void decide(() => deny(session, request.requestId), "denied", "status_DENIED"));
  card.append(approveButton, denyButton, out);
  return card;

  async function decide(action: () => Promise<void>, done: MessageKey, state: MessageKey): Promise<void> {
    approveButton.disabled = true;
    denyButton.disabled = true;
    try {
      await action();
      out.textContent = t(done);
      card.querySelector(".state")?.replaceChildren(t(state));
      card.querySelectorAll("input[type=checkbox]").forEach((b) => ((b as HTMLInputElement).disabled = true));
      approveButton.remove();
      denyButton.remove();
    } catch (error) {
      approveButton.disabled = false;
      denyButton.disabled = false;
      out.textContent = error instanceof UnloggedKeyError ? t("agentUnlogged") : t(messageFor(error));
    }
  }
}
