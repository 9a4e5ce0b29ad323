import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { practiceDetails, practiceSchedule } from "../practice-setup";
import { type MyPractice, myPractices } from "../practice-side";
import { session } from "../state";
import { closuresSection, hoursSection, visitTypesSection } from "./setup-availability";
import { createPracticeForm } from "./setup-profile";

/**
 * `#/practice-setup`: create a practice (its key made in the browser), then its visit types,
 * weekly hours and closures, with the same requests as the SDK and the CLI.
 */
export function practiceSetupView(): HTMLElement {
  const message = status();
  const body = h("div", {});
  let practices: MyPractice[] = [];
  let chosen: string | undefined;
  void load();
  return h("section", { "aria-labelledby": "setup-title" }, h("h1", { id: "setup-title" }, t("setupTitle")), message, body);

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      practices = (await myPractices(current)).filter((p) => p.role === "ADMIN");
      chosen ??= practices[0]?.id;
      const practice = practices.find((p) => p.id === chosen);
      const parts: HTMLElement[] = [];
      if (practice !== undefined) {
        const [details, schedule] = await Promise.all([practiceDetails(practice.id), practiceSchedule(current, practice.id)]);
        const select = h(
          "select",
          { id: "setup-practice", onchange: (e) => { chosen = (e.target as HTMLSelectElement).value; void load(); } },
          ...practices.map((p) => h("option", { value: p.id, ...(p.id === chosen ? { selected: true } : {}) }, p.profile.name)),
        );
        parts.push(
          h("div", { class: "field" }, h("label", { for: "setup-practice" }, t("practiceLabel")), select),
          createPracticeForm(() => void load(), { practiceId: practice.id, profile: details.profile }),
          visitTypesSection(practice.id, details.visitTypes, () => void load()),
          hoursSection(practice.id, details.visitTypes, schedule),
          closuresSection(practice.id, details.visitTypes, schedule),
        );
      }
      const create = createPracticeForm((id) => { chosen = id; void load(); });
      // With a practice already, creating another is tucked away; without one it is the page.
      parts.push(practice === undefined ? create : h("details", {}, h("summary", {}, t("createPracticeTitle")), create));
      body.replaceChildren(...parts);
      message.textContent = "";
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
