import { api } from "../api";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { formatSlot } from "./format";

interface PracticeView {
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
  visitTypes: { id: string; name: string; durationMinutes: number; bookableOnline: boolean }[];
}

interface SlotView {
  slotId: string;
  start: string;
  free: number;
}

/** A practice's public page: profile and the free slots of each online-bookable visit type. */
export function practiceView(id: string): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  const section = h("section", { "aria-labelledby": "practice-title" }, message, body);
  void load();
  return section;

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
        ...(await Promise.all(bookable.map((v) => visitTypeSlots(practice, v)))),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}

async function visitTypeSlots(
  practice: PracticeView,
  visitType: PracticeView["visitTypes"][number],
): Promise<HTMLElement> {
  const path =
    `/v1/practices/${encodeURIComponent(practice.id)}/slots` +
    `?visitType=${encodeURIComponent(visitType.id)}`;
  const { slots } = await api<{ slots: SlotView[] }>("GET", path);
  const heading = `${visitType.name} (${visitType.durationMinutes} min)`;
  return h(
    "section",
    { class: "visit-type" },
    h("h3", {}, heading),
    slots.length === 0
      ? h("p", {}, t("noSlots"))
      : h(
          "ul",
          { class: "slots", "aria-label": heading },
          ...slots.map((slot) =>
            h("li", {}, h("time", { datetime: slot.start }, formatSlot(slot.start, practice.profile.timeZone))),
          ),
        ),
  );
}
