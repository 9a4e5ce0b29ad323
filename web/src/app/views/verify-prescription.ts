import { h, status } from "../dom";
import { type MessageKey, t } from "../i18n";
import { logPublicKey } from "../log/directory";
import { type Verification, verifyPrescriptionCode } from "../prescription/verify";

/**
 * `#/verify`: a pharmacist pastes a prescription's QR text and reads the verdict, checked here
 * against the log's public key only (PrescriptionVerifier's checks, in its order). No session,
 * and the code itself is never sent anywhere.
 */
export function verifyPrescriptionView(): HTMLElement {
  const message = status();
  const result = h("div", { "data-testid": "verify-result" });
  const code = h("textarea", { id: "verify-code", rows: "6", required: true, spellcheck: "false" }) as HTMLTextAreaElement;
  const submit = async (): Promise<void> => {
    message.textContent = t("loading");
    result.replaceChildren();
    try {
      const outcome = await verifyPrescriptionCode(code.value, await logPublicKey());
      result.replaceChildren(...render(outcome));
      message.textContent = "";
    } catch {
      message.textContent = t("errorGeneric");
    }
  };
  return h(
    "section",
    { "aria-labelledby": "verify-title" },
    h("h1", { id: "verify-title" }, t("verifyTitle")),
    h("p", { class: "muted" }, t("verifyHint")),
    h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      h("div", { class: "field" }, h("label", { for: "verify-code" }, t("verifyCode")), code),
      h("button", { type: "submit" }, t("verifyButton")),
    ),
    message,
    result,
  );
}

function render(outcome: Verification): HTMLElement[] {
  if (!outcome.ok) {
    return [h("p", { class: "failed", role: "alert", "data-verdict": outcome.verdict }, t(`verify_${outcome.verdict}` as MessageKey))];
  }
  const p = outcome.prescription;
  const row = (label: MessageKey, value: string): HTMLElement[] => [h("dt", {}, t(label)), h("dd", {}, value)];
  return [
    h("p", { class: "verified", role: "status", "data-verdict": "authentic" }, t("verifyAuthentic")),
    h(
      "dl",
      {},
      ...row("verifyPractitioner", p.practitionerName),
      ...row("verifyRegistration", p.registrationNumber),
      ...row("verifyPatient", p.patientName),
      ...row("verifyBirthDate", p.patientBirthDate),
      ...row("verifyIssuedOn", p.issuedOn),
      ...row("verifySigner", `${outcome.signer} v${outcome.keyVersion}`),
      ...row("verifyLogHead", `${outcome.treeSize} · ${new Date(outcome.treeTime).toISOString()}`),
    ),
    h("h2", {}, t("verifyMedications")),
    h("ul", {}, ...p.medications.map((m) => h("li", {}, `${m.name} — ${m.dosage} — ${m.durationDays} ${t("verifyDays")}`))),
  ];
}
