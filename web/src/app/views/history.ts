import { sessionPage } from "./session-page";
import { h } from "../dom";
import { type MessageKey, t } from "../i18n";
import { myTickets, readTicket } from "../support/desk";
import { type CheckedEvent, verifiedHistory } from "../support/history";
import { formatSlot } from "./format";

/**
 * `#/history`: the transparency log's events about the patient's tickets (requests, approvals,
 * fetches, revocations, expiries), each marked verified only if its inclusion proof checks out
 * against a tree head this browser verified.
 */
export function historyView(): HTMLElement {
  return sessionPage("history", "historyTitle", "historyHint", async (current) => {
    const sections = [];
    for (const ticketId of await myTickets(current)) {
      const [ticket, events] = await Promise.all([readTicket(current, ticketId), verifiedHistory(current, ticketId)]);
      sections.push(
        h(
          "section",
          { class: "ticket", "data-ticket": ticketId },
          h("h2", {}, ticket.subject),
          events.length === 0 ? h("p", {}, t("noEvents")) : h("ol", { class: "events" }, ...events.map(eventItem)),
        ),
      );
    }
    return sections.length === 0 ? [h("p", {}, t("noTickets"))] : sections;
  });
}

function eventItem(checked: CheckedEvent): HTMLElement {
  const mark = checked.verified
    ? h("span", { class: "verified", "data-verified": "true" }, "✔ ", t("verified"))
    : h("span", { class: "failed", "data-verified": "false" }, "✘ ", t("notVerified"));
  const e = checked.event;
  if (e === null) return h("li", { class: "event" }, mark);
  return h(
    "li",
    { class: "event", "data-kind": String(e.kind) },
    h("strong", {}, t(`event_${e.kind}` as MessageKey)),
    " — ",
    h("time", { datetime: new Date(e.timeMillis).toISOString() }, formatSlot(new Date(e.timeMillis).toISOString())),
    h(
      "p",
      {},
      t("eventAgent"),
      e.agentId.slice(0, 8),
      e.expiresMillis === 0 ? "" : t("eventUntil") + formatSlot(new Date(e.expiresMillis).toISOString()),
    ),
    mark,
  );
}
