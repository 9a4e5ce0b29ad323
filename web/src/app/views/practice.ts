import { api } from "../api";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { session } from "../state";
import { bookingForm } from "./book-form";
import { type SlotView, slotCalendar } from "./calendar";

export interface PracticeView {
  id: string;
  profile: {
    name: string;
    practitioners: string[];
    specialty: string;
    address: string;
    postcode: string;
    city: string;
    phone: string;
    timeZone: string;
  };
  key: { version: number; publicKey: string };
  visitTypes: { id: string; name: string; durationMinutes: number; bookableOnline: boolean }[];
}

export type VisitType = PracticeView["visitTypes"][number];

/** A practice's public page: profile, a week calendar per bookable visit type, the booking form. */
export function practiceView(id: string): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  const form = h("div", { id: "booking-form" });
  const section = h("section", { "aria-labelledby": "practice-title" }, message, body, form);
  void load();
  return section;

  function pick(practice: PracticeView, visitType: VisitType, slot: SlotView): void {
    if (session() === null) {
      form.replaceChildren(h("p", { role: "alert" }, h("a", { href: "#/login" }, t("loginToBook"))));
      return;
    }
    form.replaceChildren(bookingForm(practice, visitType, slot));
    form.querySelector<HTMLElement>("h2")?.focus();
  }

  async function load(): Promise<void> {
    try {
      const practice = await api<PracticeView>("GET", `/v1/practices/${encodeURIComponent(id)}`);
      const p = practice.profile;
      message.textContent = "";
      const bookable = practice.visitTypes.filter((v) => v.bookableOnline);
      body.replaceChildren(
        h("p", {}, h("a", { href: "#/" }, t("back"))),
        h("h1", { id: "practice-title" }, p.name),
        h("p", {}, p.practitioners.join(", ")),
        h("p", {}, `${p.address}, ${p.postcode} ${p.city}`),
        h("p", {}, p.phone),
        h("h2", {}, t("practiceSlots")),
        ...bookable.map((v) =>
          slotCalendar(practice.id, v.id, `${v.name} (${v.durationMinutes} min)`, p.timeZone, (slot) =>
            pick(practice, v, slot),
          ),
        ),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
