import type { Session } from "../account";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { session } from "../state";
import { type OpenedTicket, type TeamKeys, forgetDisclosure, readTicket, reply, requests, teamKeys } from "../support/agent";
import type { AccessRequest } from "../support/desk";
import { type OfferedRef, rankRefs } from "../support/ref-kinds";
import { askForm } from "./agent-ask";
import { disclosureBlock } from "./agent-disclosure";
import { scopeText } from "./agent-labels";
import { formatSlot } from "./format";

/** `#/support-agent/{ticket}`: the thread, a reply, an access request, and the requests' disclosures. */
export function agentTicketView(ticketId: string): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  const refresh = h("button", { type: "button", class: "secondary", onclick: () => void load() }, t("refreshTicket"));
  void load();
  return h("section", { "aria-labelledby": "agent-ticket-title" }, h("a", { href: "#/support-agent" }, t("backToQueue")), message, body, refresh);

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      const keys = await teamKeys(current);
      if (keys === null) return void (message.textContent = t("notAnAgent"));
      const ticket = await readTicket(current, keys, ticketId);
      const refs = rankRefs(ticket.refs);
      message.textContent = "";
      body.replaceChildren(
        ...thread(current, ticket),
        askForm(current, ticketId, refs, () => void load()),
        await requestList(current, keys, refs),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  function thread(current: Session, ticket: OpenedTicket): HTMLElement[] {
    const text = h("textarea", { id: "agent-reply", rows: "3", maxlength: "2000" }) as HTMLTextAreaElement;
    const send = h("button", { type: "submit" }, t("agentSend")) as HTMLButtonElement;
    const out = status();
    const submit = async (): Promise<void> => {
      if (text.value.trim() === "") return;
      send.disabled = true;
      try {
        await reply(current, ticketId, text.value.trim());
        await load();
      } catch (error) {
        send.disabled = false;
        out.textContent = t(messageFor(error));
      }
    };
    return [
      h("h1", { id: "agent-ticket-title" }, ticket.subject),
      h("p", { class: "muted" }, t("ticketOf"), formatSlot(ticket.createdAt)),
      h(
        "ul",
        { class: "messages" },
        ...ticket.messages.map((m) => h("li", {}, h("strong", {}, m.agentId === null ? t("fromUser") : t("fromTeam")), " ", m.text)),
      ),
      h(
        "form",
        { id: "agent-reply-form", onsubmit: (e) => (e.preventDefault(), void submit()) },
        h("div", { class: "field" }, h("label", { for: "agent-reply" }, t("agentReply")), text),
        send,
        out,
      ),
    ];
  }

  async function requestList(current: Session, keys: TeamKeys, refs: Map<string, OfferedRef>): Promise<HTMLElement> {
    const list = await requests(current, keys, ticketId);
    return h(
      "section",
      { "aria-labelledby": "agent-requests-title" },
      h("h2", { id: "agent-requests-title" }, t("agentRequests")),
      ...(list.length === 0 ? [h("p", {}, t("agentNoRequests"))] : list.map((r) => requestCard(current, r.request, r.reason, refs))),
    );
  }

  function requestCard(current: Session, request: AccessRequest, reason: string, refs: Map<string, OfferedRef>): HTMLElement {
    if (request.status !== "APPROVED") forgetDisclosure(current, request.requestId);
    const state = t(`status_${request.status}` as MessageKey) ?? request.status;
    return h(
      "article",
      { class: "request", "data-request": request.requestId },
      h("p", {}, t("status"), " : ", h("span", { class: "state" }, state)),
      h("p", {}, t("askedFor"), scopeText(request.scope, refs)),
      request.approvedScope === null ? null : h("p", {}, t("approvedFor"), scopeText(request.approvedScope, refs)),
      h("p", {}, t("requestReason"), h("q", {}, reason)),
      request.status === "APPROVED" ? disclosureBlock(current, request.requestId, refs) : null,
      request.status === "REVOKED" || request.status === "EXPIRED" ? h("p", { class: "ended" }, t("disclosureEnded")) : null,
    );
  }
}
