import type { Session } from "../account";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { session } from "../state";

/**
 * A page of the logged-in patient: its title and hint, a status line ("loading", then any error)
 * and a body that `render` fills from the session; without a session, a link to log in. `render`
 * gets `reload` to run itself again after an action changed what it shows.
 */
export function sessionPage(
  name: string,
  title: MessageKey,
  hint: MessageKey,
  render: (current: Session, reload: () => void) => Promise<Node[]>,
): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  const load = async (): Promise<void> => {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      const nodes = await render(current, () => void load());
      message.textContent = "";
      body.replaceChildren(...nodes);
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  };
  void load();
  return h(
    "section",
    { "aria-labelledby": `${name}-title` },
    h("h1", { id: `${name}-title` }, t(title)),
    h("p", { class: "muted" }, t(hint)),
    message,
    body,
  );
}
