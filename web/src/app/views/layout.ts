import { logout } from "../account";
import { h } from "../dom";
import { type Language, language, setLanguage, t } from "../i18n";
import { session, setSession } from "../state";
import { patientLinks } from "./patient-nav";
import { agentLink } from "./agent-nav";
import { forgetSession } from "../session-store";

/** Header with navigation and the language switch; every control is a real link or button. */
export function header(rerender: () => void): HTMLElement {
  const current = session();
  const languages = h(
    "select",
    {
      id: "language",
      onchange: (e) => {
        setLanguage((e.target as HTMLSelectElement).value as Language, localStorage);
        document.documentElement.lang = language();
        rerender();
      },
    },
    h("option", { value: "fr", ...(language() === "fr" ? { selected: true } : {}) }, "Français"),
    h("option", { value: "en", ...(language() === "en" ? { selected: true } : {}) }, "English"),
  );
  const account =
    current === null
      ? [h("a", { href: "#/login" }, t("navLogin")), h("a", { href: "#/register" }, t("navRegister"))]
      : [
          current.role === "PATIENT"
            ? h("a", { href: "#/appointments" }, t("navAppointments"))
            : h("a", { href: "#/agenda" }, t("navAgenda")),
          ...(current.role === "PATIENT" ? patientLinks() : []),
          current.role === "PATIENT" ? null : h("a", { href: "#/practice-setup" }, t("navSetup")),
          current.role === "PATIENT" ? null : h("a", { href: "#/members" }, t("navMembers")),
          current.role === "PATIENT" ? h("a", { href: "#/reminders" }, t("navReminders")) : null,
          agentLink(current),
          h("span", {}, t("loggedInAs") + current.login),
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                setSession(null);
                void forgetSession();
                void logout(current).catch(() => undefined);
                location.hash = "#/";
                rerender();
              },
            },
            t("navLogout"),
          ),
        ];
  return h(
    "header",
    {},
    h("p", { class: "brand" }, h("a", { href: "#/" }, t("appName")), " — ", t("tagline")),
    h(
      "nav",
      { "aria-label": "Aparté" },
      h("a", { href: "#/" }, t("navSearch")),
      ...account,
      h("a", { href: "#/audit" }, t("navAudit")),
      h("a", { href: "#/verify" }, t("navVerify")),
      h("label", { for: "language" }, t("language")),
      languages,
    ),
  );
}
