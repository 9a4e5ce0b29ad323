import { api } from "../api";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { UnloggedKeyError } from "../log/directory";
import { phoneBook } from "../phone-booking";
import { type VisitType, practiceDetails } from "../practice-setup";
import { myPractices } from "../practice-side";
import { session } from "../state";
import type { SlotView } from "./calendar";
import { dayKey, formatTime } from "./format";

/** `#/phone-book/YYYY-MM-DD`: book a free slot of that day for a patient who phoned. */
export function phoneBookView(day: string): HTMLElement {
  const message = status();
  const body = h("div", {});
  void start();
  return h("section", { "aria-labelledby": "phone-title" }, h("h1", { id: "phone-title" }, t("phoneBookTitle")), body, message);

  async function start(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      const practice = (await myPractices(current))[0];
      if (practice === undefined) {
        message.textContent = t("noPractice");
        return;
      }
      const { visitTypes } = await practiceDetails(practice.id);
      body.replaceChildren(form(practice.id, practice.profile.timeZone, visitTypes));
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  function form(practiceId: string, zone: string, visitTypes: VisitType[]): HTMLElement {
    const type = h("select", { id: "phone-visit-type" }, ...visitTypes.map((v) => h("option", { value: v.id }, v.name))) as HTMLSelectElement;
    const slot = h("select", { id: "phone-slot", required: true }) as HTMLSelectElement;
    const firstName = field("phone-first-name", t("firstName"), { required: true, autocomplete: "off" });
    const lastName = field("phone-last-name", t("lastName"), { required: true, autocomplete: "off" });
    const birthDate = field("phone-birth-date", t("birthDate"), { type: "date" });
    const phone = field("phone-phone", t("phone"), { type: "tel", autocomplete: "off" });
    const reason = field("phone-reason", t("reason"), { autocomplete: "off" });
    const loadSlots = async (): Promise<void> => {
      const path = `/v1/practices/${practiceId}/slots?visitType=${encodeURIComponent(type.value)}&from=${day}&to=${day}`;
      const { slots } = await api<{ slots: SlotView[] }>("GET", path);
      const todays = slots.filter((s) => dayKey(s.start, zone) === day);
      slot.replaceChildren(...todays.map((s) => h("option", { value: s.slotId }, formatTime(s.start, zone))));
      message.textContent = todays.length === 0 ? t("noSlots") : "";
    };
    type.addEventListener("change", () => void loadSlots().catch((e: unknown) => { message.textContent = t(messageFor(e)); }));
    void loadSlots().catch((e: unknown) => { message.textContent = t(messageFor(e)); });
    const submit = async (): Promise<void> => {
      const current = session();
      if (current === null || slot.value === "") return;
      message.textContent = t("loading");
      try {
        const { cancelSecret } = await phoneBook(current, practiceId, {
          visitTypeId: type.value,
          visitTypeName: type.selectedOptions[0]?.textContent ?? "",
          slotId: slot.value,
          patient: {
            firstName: firstName.input.value.trim(),
            lastName: lastName.input.value.trim(),
            birthDate: birthDate.input.value === "" ? null : birthDate.input.value,
            socialSecurityNumber: null,
            phone: phone.input.value.trim() === "" ? null : phone.input.value.trim(),
            email: null,
          },
          reason: reason.input.value.trim(),
        });
        body.replaceChildren(
          h("p", { role: "status" }, t("phoneBooked")),
          h("p", {}, `${t("cancelSecretForPatient")} `, h("code", { "data-testid": "cancel-secret" }, cancelSecret)),
          h("a", { href: `#/agenda/${day}` }, t("backToAgenda")),
        );
        message.textContent = "";
      } catch (error) {
        message.textContent = t(error instanceof UnloggedKeyError ? "unloggedKey" : messageFor(error));
      }
    };
    return h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      h("div", { class: "field" }, h("label", { for: "phone-visit-type" }, t("visitType")), type),
      h("div", { class: "field" }, h("label", { for: "phone-slot" }, t("slot")), slot),
      firstName.wrapper,
      lastName.wrapper,
      birthDate.wrapper,
      phone.wrapper,
      reason.wrapper,
      h("button", { type: "submit" }, t("phoneBookButton")),
    );
  }
}
