import { h } from "../dom";
import { t } from "../i18n";

/** The patient pages' links in the header (kept here so layout.ts only gains one line). */
export function patientLinks(): HTMLElement[] {
  return [
    h("a", { href: "#/profile" }, t("navProfile")),
    h("a", { href: "#/support" }, t("navSupport")),
    h("a", { href: "#/history" }, t("navHistory")),
  ];
}
