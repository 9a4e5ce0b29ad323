import { bookingStatus, cancelBooking } from "../booking";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { session } from "../state";
import { type AppointmentRef, type VaultRelative, readVault, withAppointment } from "../vault";
import { delayedVaultWrite, pendingWrites } from "./book-form";
import { formatSlot } from "./format";

export function statusLabel(value: string | null): string {
  const key = `status_${value ?? "CONFIRMED"}` as MessageKey;
  return t(key) ?? value ?? "";
}

/**
 * The patient's appointments, from the encrypted vault; the status of each upcoming one is asked
 * of the server with its own cancel secret, one booking per request and no session.
 */
export function appointmentsView(): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  void load();
  return h(
    "section",
    { "aria-labelledby": "appointments-title" },
    h("h1", { id: "appointments-title" }, t("navAppointments")),
    message,
    body,
  );

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      await Promise.all(pendingWrites);
      const vault = await readVault(current);
      const now = Date.now();
      const all = [...(vault.appointments ?? [])].sort((a, b) => Date.parse(a.start ?? "") - Date.parse(b.start ?? ""));
      const upcoming = all.filter((a) => Date.parse(a.start ?? "") >= now);
      const past = all.filter((a) => Date.parse(a.start ?? "") < now).reverse();
      const relatives = vault.relatives ?? [];
      await Promise.all(
        upcoming.map(async (a) => {
          try {
            a.status = await bookingStatus(a);
          } catch {
            // keep the vault's last known status
          }
        }),
      );
      message.textContent = "";
      body.replaceChildren(
        h("h2", {}, t("upcoming")),
        list(upcoming, relatives, true),
        h("h2", {}, t("past")),
        list(past, relatives, false),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  function list(items: AppointmentRef[], relatives: VaultRelative[], cancellable: boolean): HTMLElement {
    if (items.length === 0) return h("p", {}, t("noAppointments"));
    return h("ul", { class: "appointments" }, ...items.map((a) => item(a, relatives, cancellable)));
  }

  function item(a: AppointmentRef, relatives: VaultRelative[], cancellable: boolean): HTMLElement {
    const relative = relatives.find((r) => r.id === a.forRelativeId);
    const who = relative === undefined ? t("yourself") : `${relative.firstName ?? ""} ${relative.lastName ?? ""}`.trim();
    const state = h("span", { class: "state" }, statusLabel(a.status));
    const row = h(
      "li",
      { class: "appointment", "data-booking": a.bookingId },
      h("strong", {}, a.start === null ? "" : formatSlot(a.start)),
      h("p", {}, `${a.practiceName ?? ""} — ${a.visitTypeName ?? ""}`),
      h("p", {}, t("bookedFor"), who),
      h("p", {}, t("status"), " : ", state),
    );
    if (cancellable && a.status === "CONFIRMED") {
      const button = h("button", { type: "button", class: "danger" }, t("cancelAppointment")) as HTMLButtonElement;
      button.addEventListener("click", () => {
        button.disabled = true;
        void cancelBooking(a).then(
          (next) => {
            state.textContent = statusLabel(next);
            button.remove();
            pendingWrites.push(delayedVaultWrite((d) => withAppointment(d, { ...a, status: next })));
          },
          (error: unknown) => {
            button.disabled = false;
            state.textContent = t(messageFor(error));
          },
        );
      });
      row.append(h("a", { href: `#/reschedule/${a.bookingId}`, class: "button secondary" }, t("reschedule")), button);
    }
    return row;
  }
}
