import { sessionPage } from "./session-page";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { accessRequests, myTickets, openTicket, postMessage, readTicket } from "../support/desk";
import { type VaultRecord, indexRecords, vaultRecords } from "../support/records";
import { readVault } from "../vault";
import type { Session } from "../account";
import { formatSlot } from "./format";
import { requestCard } from "./support-request";

/** `#/support`: the patient's tickets, their replies, and the access requests to decide on. */
export function supportView(): HTMLElement {
  return sessionPage("support", "supportTitle", "supportHint", async (current, reload) => {
    const offered = vaultRecords(await readVault(current));
    const tickets = await myTickets(current);
    const sections = [];
    for (const ticketId of tickets) sections.push(await ticketSection(current, ticketId, offered, reload));
    return [newTicketForm(current, offered, reload), ...(sections.length === 0 ? [h("p", {}, t("noTickets"))] : sections)];
  });

  function newTicketForm(current: Session, offered: VaultRecord[], reload: () => void): HTMLElement {
    const subject = field("ticket-subject", t("ticketSubject"), { required: true, maxlength: "200" });
    const offerId = "ticket-offer-profile";
    const offer = h("input", { type: "checkbox", id: offerId, checked: true }) as HTMLInputElement;
    // One checkbox per appointment: only the ticked ones get a handle an agent can ask about.
    const bookings = offered
      .filter((r) => r.kind === "BOOKING")
      .map((record) => {
        const id = `ticket-offer-${record.id}`;
        const box = h("input", { type: "checkbox", id, checked: true, "data-booking": record.id }) as HTMLInputElement;
        const label = t("offerBooking") + (record.start === null ? "" : formatSlot(record.start));
        return { record, box, element: h("div", { class: "field" }, h("label", { for: id }, box, " ", label)) };
      });
    const out = status();
    const submit = h("button", { type: "submit" }, t("openTicket")) as HTMLButtonElement;
    return h(
      "form",
      {
        id: "new-ticket",
        onsubmit: (e) => {
          e.preventDefault();
          submit.disabled = true;
          const records = [
            ...offered.filter((r) => r.kind === "PROFILE" && offer.checked),
            ...bookings.filter((b) => b.box.checked).map((b) => b.record),
          ];
          void openTicket(current, subject.input.value.trim(), records).then(
            () => {
              out.textContent = t("ticketCreated");
              reload();
            },
            (error: unknown) => {
              submit.disabled = false;
              out.textContent = t(messageFor(error));
            },
          );
        },
      },
      h("h2", {}, t("newTicket")),
      subject.wrapper,
      h(
        "fieldset",
        {},
        h("legend", {}, t("offerLegend")),
        h("div", { class: "field" }, h("label", { for: offerId }, offer, " ", t("offerProfile"))),
        ...bookings.map((b) => b.element),
      ),
      submit,
      out,
    );
  }

  async function ticketSection(current: Session, ticketId: string, offered: VaultRecord[], reload: () => void): Promise<HTMLElement> {
    const ticket = await readTicket(current, ticketId);
    const requests = await accessRequests(current, ticketId);
    const records = await indexRecords(current.keys.vaultKey, ticketId, offered);
    const replyId = `reply-${ticketId}`;
    const reply = h("textarea", { id: replyId, rows: "2", maxlength: "2000" }) as HTMLTextAreaElement;
    const send = h("button", { type: "submit", class: "secondary" }, t("sendReply")) as HTMLButtonElement;
    const out = status();
    return h(
      "section",
      { class: "ticket", "data-ticket": ticketId, "aria-label": ticket.subject },
      h("h2", {}, ticket.subject),
      h("p", { class: "muted" }, t("ticketOpened"), formatSlot(ticket.createdAt)),
      h(
        "ul",
        { class: "messages" },
        ...ticket.messages.map((m) =>
          h("li", {}, h("strong", {}, m.fromAgent ? t("fromAgent") : t("fromYou")), " ", m.text),
        ),
      ),
      h(
        "form",
        {
          onsubmit: (e) => {
            e.preventDefault();
            if (reply.value.trim() === "") return;
            send.disabled = true;
            void postMessage(current, ticketId, reply.value.trim()).then(
              reload,
              (error: unknown) => {
                send.disabled = false;
                out.textContent = t(messageFor(error));
              },
            );
          },
        },
        h("div", { class: "field" }, h("label", { for: replyId }, t("reply")), reply),
        send,
        out,
      ),
      h("h3", {}, t("accessRequests")),
      ...(requests.length === 0
        ? [h("p", {}, t("noRequests"))]
        : requests.map((r) => requestCard(current, r.request, r.reason, records, offered))),
    );
  }
}
