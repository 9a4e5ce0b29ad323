import { toHex } from "../../crypto";
import type { Session } from "../account";
import { ApiError, fromBase64 } from "../api";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { fetchDisclosure } from "../support/agent";
import { remainingText } from "../support/countdown";
import { ExpiredDisclosureError, TamperedDisclosureError } from "../support/disclosure";
import type { OfferedRef } from "../support/ref-kinds";
import type { DisclosureContent } from "../support/seal";
import { fieldLabel, refLabel } from "./agent-labels";
import { formatSlot } from "./format";

/**
 * An approved request's disclosure: fetched once per session (each read is logged; a refresh shows
 * the opened copy), opened with the agent's own key,
 * shown with a live countdown to the expiry the record's associated data carries. At the expiry the
 * fields are removed from the page; a disclosure the server no longer serves (410) is said ended.
 */
export function disclosureBlock(session: Session, disclosureId: string, refs: Map<string, OfferedRef>): HTMLElement {
  const out = status();
  const block = h("div", { class: "disclosure", "data-disclosure": disclosureId }, h("h4", {}, t("disclosed")), out);
  out.textContent = t("loading");
  void load();
  return block;

  async function load(): Promise<void> {
    try {
      show(await fetchDisclosure(session, disclosureId, Date.now()));
    } catch (error) {
      out.textContent =
        error instanceof ApiError && error.status === 410
          ? t("disclosureEnded")
          : error instanceof ExpiredDisclosureError
            ? t("disclosureExpired")
            : error instanceof TamperedDisclosureError
              ? t("disclosureTampered")
              : t(messageFor(error));
    }
  }

  function show(content: DisclosureContent): void {
    const expires = Date.parse(content.expiresAt);
    const timer = h("span", { role: "timer", class: "countdown" });
    const records = content.records.map((record) =>
      h(
        "dl",
        { class: "disclosed" },
        h("dt", { class: "record" }, refLabel(refs.get(toHex(fromBase64(record.ref))))),
        ...Object.entries(record.fields).flatMap(([name, value]) => [h("dt", {}, fieldLabel(name)), h("dd", {}, value)]),
      ),
    );
    const countdown = h("p", {}, t("expiresIn"), timer, h("span", { class: "muted" }, ` (${t("expiresOn")}${formatSlot(content.expiresAt)})`));
    out.textContent = "";
    block.append(countdown, ...records);
    const tick = (): boolean => {
      const left = expires - Date.now();
      if (left > 0) {
        timer.textContent = remainingText(left);
        return true;
      }
      records.forEach((r) => r.remove());
      countdown.remove();
      out.textContent = t("disclosureExpired");
      return false;
    };
    if (!tick()) return;
    // Stops at the expiry, or once the page has been left (the block was shown, then removed).
    let shown = block.isConnected;
    const interval = window.setInterval(() => {
      shown ||= block.isConnected;
      if ((shown && !block.isConnected) || !tick()) window.clearInterval(interval);
    }, 1000);
  }
}
