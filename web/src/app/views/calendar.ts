import { api } from "../api";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { addDays, dayKey, formatDay, formatTime } from "./format";

export interface SlotView {
  slotId: string;
  start: string;
  free: number;
}

/**
 * One visit type's free slots for a week, one column per day, each slot a real button (so Tab and
 * Enter work), with previous/next week buttons.
 */
export function slotCalendar(
  practiceId: string,
  visitTypeId: string,
  heading: string,
  timeZone: string,
  onPick: (slot: SlotView) => void,
): HTMLElement {
  let from = dayKey(new Date(), timeZone);
  const today = from;
  const message = status();
  const grid = h("div", { class: "calendar" });
  const previous = h("button", { type: "button", class: "secondary" }, t("previousWeek")) as HTMLButtonElement;
  const next = h("button", { type: "button", class: "secondary" }, t("nextWeek")) as HTMLButtonElement;
  previous.addEventListener("click", () => move(-7));
  next.addEventListener("click", () => move(7));
  void load();
  return h(
    "section",
    { class: "visit-type", "aria-label": heading },
    h("h3", {}, heading),
    h("div", { class: "week-nav" }, previous, next),
    message,
    grid,
  );

  function move(days: number): void {
    const target = addDays(from, days);
    from = target < today ? today : target;
    void load();
  }

  async function load(): Promise<void> {
    previous.disabled = from <= today;
    message.textContent = t("loading");
    const to = addDays(from, 6);
    try {
      const path =
        `/v1/practices/${encodeURIComponent(practiceId)}/slots?visitType=${encodeURIComponent(visitTypeId)}` +
        `&from=${from}&to=${to}`;
      const { slots } = await api<{ slots: SlotView[] }>("GET", path);
      message.textContent = slots.length === 0 ? t("noSlots") : "";
      const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
      grid.replaceChildren(
        ...days.map((day) => {
          const daySlots = slots.filter((s) => dayKey(s.start, timeZone) === day);
          const label = formatDay(`${day}T12:00:00Z`, "UTC");
          return h(
            "div",
            { class: "day", role: "group", "aria-label": label },
            h("h4", {}, label),
            daySlots.length === 0
              ? h("p", { class: "muted" }, "—")
              : h(
                  "ul",
                  { class: "slots" },
                  ...daySlots.map((slot) =>
                    h(
                      "li",
                      {},
                      h(
                        "button",
                        {
                          type: "button",
                          class: "slot",
                          "data-slot": slot.slotId,
                          "aria-label": `${label} ${formatTime(slot.start, timeZone)}`,
                          onclick: () => onPick(slot),
                        },
                        formatTime(slot.start, timeZone),
                      ),
                    ),
                  ),
                ),
          );
        }),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
