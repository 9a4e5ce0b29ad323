import type { Session } from "../account";
import { api } from "../api";
import { h } from "../dom";
import { t } from "../i18n";

/**
 * The agent's link in the header, shown only once the server confirms the account is an agent
 * (`GET /v1/support/team/me`, which the server can answer: it keeps the list of agents). One
 * question per session, remembered in memory.
 */
let probe: { token: string; agent: Promise<boolean> } | null = null;

export function isAgent(session: Session): Promise<boolean> {
  if (probe?.token !== session.token) {
    // A failure (the network) hides the link; the page itself says why.
    const agent = api<{ agent: boolean }>("GET", "/v1/support/team/me", undefined, session.token).then(
      (answer) => answer.agent,
      () => false,
    );
    probe = { token: session.token, agent };
  }
  return probe.agent;
}

export function agentLink(session: Session | null): HTMLElement | null {
  if (session === null) return null;
  const slot = h("span", { class: "agent-link" });
  void isAgent(session).then((agent) => {
    if (agent) slot.replaceChildren(h("a", { href: "#/support-agent" }, t("navAgent")));
  });
  return slot;
}
