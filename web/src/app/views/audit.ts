import { NOTHING, auditChecks } from "../audit-checks";
import { h, status } from "../dom";
import { type MessageKey, t } from "../i18n";
import { session } from "../state";

/**
 * `#/audit`: the transparency log checked in this browser: the tree head, then each key the app
 * uses and the served bundle's hash, each marked verified or failed as soon as it is done.
 */
export function auditView(): HTMLElement {
  const message = status();
  const list = h("ul", { class: "audit" });
  void run();
  return h(
    "section",
    { "aria-labelledby": "audit-title" },
    h("h1", { id: "audit-title" }, t("auditTitle")),
    h("p", { class: "muted" }, t("auditHint")),
    list,
    message,
  );

  async function run(): Promise<void> {
    message.textContent = t("auditRunning");
    try {
      const checks = await auditChecks(session());
      // The tree head first (it pins the log key and stores the head the others are checked against).
      const [first, ...rest] = checks;
      if (first !== undefined) await one(first.label, first.run);
      await Promise.all(rest.map((c) => one(c.label, c.run)));
      const failed = list.querySelectorAll('[data-state="failed"]').length;
      message.textContent = failed === 0 ? t("auditAllVerified") : `${failed} ${t("auditFailures")}`;
    } catch {
      message.textContent = t("errorGeneric");
    }
  }

  async function one(label: string, check: () => Promise<string>): Promise<void> {
    const colon = label.indexOf(":");
    const key = (colon < 0 ? label : label.slice(0, colon)) as MessageKey;
    const name = colon < 0 ? undefined : label.slice(colon + 1);
    const state = h("strong", {}, "…");
    const detail = h("span", { class: "muted" });
    const item = h("li", { "data-state": "running" }, state, " ", t(key), name === undefined ? "" : ` ${name}`, " ", detail);
    list.append(item);
    try {
      const result = await check();
      const skipped = result === NOTHING;
      item.dataset["state"] = skipped ? "none" : "verified";
      state.textContent = skipped ? `— ${t("auditNone")}` : `✓ ${t("auditVerified")}`;
      detail.textContent = skipped ? "" : `(${result})`;
    } catch (error) {
      item.dataset["state"] = "failed";
      state.textContent = `✗ ${t("auditFailed")}`;
      detail.textContent = error instanceof Error ? `(${error.message})` : "";
    }
  }
}
