import { register } from "../account";
import { RecoveryCode } from "../../crypto";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { setSession } from "../state";
import type { Session } from "../account";

const MIN_PASSWORD = 12;

/** Registration, then the recovery code: shown once, and confirmed by typing it back. */
export function registerView(onDone: () => void): HTMLElement {
  const email = field("register-email", t("email"), { type: "email", required: true, autocomplete: "username" });
  const password = field("register-password", t("password"), {
    type: "password",
    required: true,
    minlength: String(MIN_PASSWORD),
    autocomplete: "new-password",
    "aria-describedby": "password-hint",
  });
  const message = status();
  const button = h("button", { type: "submit" }, t("registerButton")) as HTMLButtonElement;
  const section = h(
    "section",
    { "aria-labelledby": "register-title" },
    h("h1", { id: "register-title" }, t("registerTitle")),
    h(
      "form",
      { onsubmit: (e) => void submit(e) },
      email.wrapper,
      password.wrapper,
      h("p", { id: "password-hint", class: "hint" }, t("passwordHint")),
      button,
    ),
    message,
  );
  return section;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (password.input.value.length < MIN_PASSWORD) {
      message.textContent = t("errorPasswordShort");
      return;
    }
    button.disabled = true;
    message.textContent = t("registering");
    try {
      const { session, recoveryCode } = await register(email.input.value, password.input.value);
      password.input.value = "";
      section.replaceChildren(recoveryStep(session, recoveryCode, onDone));
      section.querySelector("h1")?.focus();
    } catch (error) {
      message.textContent = t(messageFor(error));
      button.disabled = false;
    }
  }
}

function recoveryStep(session: Session, code: string, onDone: () => void): HTMLElement {
  const confirm = field("recovery-confirm", t("recoveryConfirm"), { required: true, autocomplete: "off", spellcheck: "false" });
  const message = status();

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    let typed: RecoveryCode;
    try {
      typed = await RecoveryCode.parse(confirm.input.value);
    } catch {
      message.textContent = t("recoveryMismatch");
      return;
    }
    if ((await typed.revealForDisplay()) !== code) {
      message.textContent = t("recoveryMismatch");
      return;
    }
    setSession(session);
    onDone();
  }

  return h(
    "div",
    {},
    h("h1", { tabindex: "-1" }, t("recoveryTitle")),
    h("p", {}, t("recoveryExplain")),
    h("p", { class: "recovery-code", "data-testid": "recovery-code" }, code),
    h("form", { onsubmit: (e) => void submit(e) }, confirm.wrapper, h("button", { type: "submit" }, t("recoveryConfirmButton"))),
    message,
  );
}
