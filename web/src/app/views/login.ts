import { login } from "../account";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { setSession } from "../state";
import { rememberSession } from "../session-store";

export function loginView(onDone: () => void): HTMLElement {
  const email = field("login-email", t("email"), { type: "email", required: true, autocomplete: "username" });
  const password = field("login-password", t("password"), {
    type: "password",
    required: true,
    autocomplete: "current-password",
  });
  const rememberId = "login-remember";
  const remember = h("input", { type: "checkbox", id: rememberId }) as HTMLInputElement;
  const message = status();
  const button = h("button", { type: "submit" }, t("loginButton")) as HTMLButtonElement;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    button.disabled = true;
    message.textContent = t("loggingIn");
    try {
      const session = await login(email.input.value, password.input.value);
      if (remember.checked) await rememberSession(session);
      setSession(session);
      password.input.value = "";
      onDone();
    } catch (error) {
      message.textContent = t(messageFor(error));
    } finally {
      button.disabled = false;
    }
  }

  return h(
    "section",
    { "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, t("loginTitle")),
    h("form", { onsubmit: (e) => void submit(e) }, email.wrapper, password.wrapper, h("div", { class: "field" }, h("label", { for: rememberId }, remember, " ", t("rememberMe"))), button),
    message,
  );
}
