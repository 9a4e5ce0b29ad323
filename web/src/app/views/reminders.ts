import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { ContactInputError, checkEmail, normalizePhone } from "../reminder-contact";
import {
  type ReminderChannelName,
  type ReminderPreferences,
  type ReminderRule,
  defaultPreferences,
  fromVault,
  toVault,
} from "../reminder-preferences";
import { session } from "../state";
import { readVault, updateVault } from "../vault";

const LEADS: [number, Parameters<typeof t>[0]][] = [
  [60, "lead1h"],
  [180, "lead3h"],
  [1440, "lead1d"],
  [2880, "lead2d"],
  [4320, "lead3d"],
  [10080, "lead7d"],
];

/** One channel's row: a checkbox and how long before. */
function channelRow(channel: ReminderChannelName, label: string, rule: ReminderRule | undefined) {
  const id = channel.toLowerCase();
  const on = h("input", { type: "checkbox", id: `reminder-on-${id}`, ...(rule ? { checked: true } : {}) }) as HTMLInputElement;
  const lead = h("select", { id: `reminder-lead-${id}`, "aria-label": `${label} — ${t("reminderLead")}` }) as HTMLSelectElement;
  const leads = LEADS.map(([minutes, key]) => [minutes, t(key)] as const);
  if (rule && !LEADS.some(([m]) => m === rule.beforeMinutes)) leads.push([rule.beforeMinutes, `${rule.beforeMinutes} min`]);
  const chosen = rule?.beforeMinutes ?? (channel === "EMAIL" ? 2880 : 1440);
  lead.append(...leads.map(([m, text]) => h("option", { value: String(m), ...(m === chosen ? { selected: true } : {}) }, text)));
  const row = h("div", { class: "field" }, on, h("label", { for: on.id }, label), " ", lead);
  const value = (): ReminderRule | null => (on.checked ? { channel, beforeMinutes: Number(lead.value) } : null);
  return { row, value };
}

/** #/reminders: the patient's reminder preferences and contact, saved in the vault. */
export function remindersView(): HTMLElement {
  const section = h("section", { "aria-labelledby": "reminders-title" }, h("h2", { id: "reminders-title" }, t("remindersTitle")));
  const message = status();
  const current = session();
  if (current === null) {
    location.hash = "#/login";
    return section;
  }
  section.append(h("p", {}, t("remindersIntro")), message);
  void readVault(current).then(
    (vault) => {
      let stored: ReminderPreferences | null = null;
      try {
        stored = fromVault(vault.reminderPreferences);
      } catch {
        stored = null;
      }
      const preferences = stored ?? defaultPreferences();
      if (stored === null) section.append(h("p", { "data-testid": "reminders-not-set" }, t("remindersNotSet")));
      const email = channelRow("EMAIL", t("reminderByEmail"), preferences.rules.find((r) => r.channel === "EMAIL"));
      const sms = channelRow("SMS", t("reminderBySms"), preferences.rules.find((r) => r.channel === "SMS"));
      const detailedBox = h("input", { type: "checkbox", id: "reminder-detailed", ...(preferences.detailed ? { checked: true } : {}) }) as HTMLInputElement;
      const languageSelect = h(
        "select",
        { id: "reminder-language" },
        ...(["fr", "en"] as const).map((l) => h("option", { value: l, ...(preferences.language === l ? { selected: true } : {}) }, l === "fr" ? "Français" : "English")),
      ) as HTMLSelectElement;
      const contactEmail = field("reminder-email", t("reminderEmail"), { type: "email", autocomplete: "email" });
      contactEmail.input.value = vault.profile?.email ?? current.login;
      const contactPhone = field("reminder-phone", t("reminderPhone"), { type: "tel", autocomplete: "tel" });
      contactPhone.input.value = vault.profile?.phone ?? "";
      const save = async (event: Event): Promise<void> => {
        event.preventDefault();
        let phone: string | null;
        let address: string | null;
        try {
          phone = normalizePhone(contactPhone.input.value);
          address = checkEmail(contactEmail.input.value);
        } catch (error) {
          message.textContent = error instanceof ContactInputError && error.field === "phone" ? t("reminderBadPhone") : t("reminderBadEmail");
          return;
        }
        const next: ReminderPreferences = {
          rules: [email.value(), sms.value()].filter((r): r is ReminderRule => r !== null),
          language: languageSelect.value === "en" ? "en" : "fr",
          timeZone: preferences.timeZone,
          detailed: detailedBox.checked,
        };
        try {
          await updateVault(current, (d) => ({
            ...d,
            reminderPreferences: toVault(next),
            profile: { ...(d.profile ?? {}), email: address, phone },
          }));
          section.querySelector("[data-testid=reminders-not-set]")?.remove();
          message.replaceChildren(h("strong", { "data-testid": "reminders-saved" }, t("remindersSaved")));
        } catch (error) {
          message.textContent = t(messageFor(error));
        }
      };
      section.append(
        h(
          "form",
          { onsubmit: (e) => void save(e) },
          email.row,
          sms.row,
          h("div", { class: "field" }, detailedBox, h("label", { for: detailedBox.id }, t("reminderDetailed"))),
          h("div", { class: "field" }, h("label", { for: languageSelect.id }, t("reminderLanguage")), languageSelect),
          contactEmail.wrapper,
          contactPhone.wrapper,
          h("button", { type: "submit" }, t("reminderSave")),
        ),
      );
    },
    (error: unknown) => {
      message.textContent = t(messageFor(error));
    },
  );
  return section;
}
