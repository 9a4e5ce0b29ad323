import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { session } from "../state";
import { queue, readTicket, teamKeys } from "../support/agent";
import { formatSlot } from "./format";

/** `#/support-agent`: the queue of tickets, each subject opened with the team key. */
export function supportAgentView(): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const list = h("ul", { class: "tickets" });
  void load();
  return h(
    "section",
    { "aria-labelledby": "agent-title" },
    h("h1", { id: "agent-title" }, t("agentTitle")),
    h("p", { class: "muted" }, t("agentHint")),
    h("h2", {}, t("agentQueue")),
    message,
    list,
  );

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      const keys = await teamKeys(current);
      if (keys === null) {
        message.textContent = t("notAnAgent");
        return;
      }
      if (keys.size === 0) {
        message.textContent = t("noTeamKey");
        return;
      }
      const items = [];
      for (const ticketId of await queue(current)) {
        const ticket = await readTicket(current, keys, ticketId);
        items.push(
          h(
            "li",
            { "data-ticket": ticketId },
            h("a", { href: `#/support-agent/${ticketId}` }, ticket.subject),
            h("span", { class: "muted" }, ` — ${t("ticketOf")}${formatSlot(ticket.createdAt)}`),
          ),
        );
      }
      message.textContent = items.length === 0 ? t("agentNoTickets") : "";
      list.replaceChildren(...items);
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
