import { h } from "./app/dom";
import { initLanguage, language, t } from "./app/i18n";
import { restoreSession } from "./app/session-store";
import { setSession } from "./app/state";
import { agendaView } from "./app/views/agenda";
import { appointmentsView } from "./app/views/appointments";
import { header } from "./app/views/layout";
import { loginView } from "./app/views/login";
import { practiceView } from "./app/views/practice";
import { historyView } from "./app/views/history";
import { profileView } from "./app/views/profile";
import { supportView } from "./app/views/support";
import { supportAgentView } from "./app/views/support-agent";
import { agentTicketView } from "./app/views/agent-ticket";
import { practiceSetupView } from "./app/views/practice-setup";
import { membersView } from "./app/views/members";
import { phoneBookView } from "./app/views/phone-book";
import { auditView } from "./app/views/audit";
import { verifyPrescriptionView } from "./app/views/verify-prescription";
import { registerView } from "./app/views/register";
import { rescheduleView } from "./app/views/reschedule";
import { remindersView } from "./app/views/reminders";
import { searchView } from "./app/views/search";

/** A hash router: every screen is a URL, so back, forward and bookmarks work. */
function route(): HTMLElement {
  const path = location.hash.replace(/^#/, "") || "/";
  const practice = /^\/practice\/([0-9a-fA-F-]{36})$/.exec(path);
  const home = (): void => {
    location.hash = "#/";
    render();
  };
  if (practice?.[1] !== undefined) return practiceView(practice[1]);
  if (path === "/login") return loginView(home);
  if (path === "/register") return registerView(home);
  if (path === "/appointments") return appointmentsView();
  if (path === "/profile") return profileView();
  if (path === "/support") return supportView();
  if (path === "/history") return historyView();
  if (path === "/support-agent") return supportAgentView();
  const agentTicket = /^\/support-agent\/([0-9a-fA-F-]{36})$/.exec(path);
  if (agentTicket?.[1] !== undefined) return agentTicketView(agentTicket[1]);
  const reschedule = /^\/reschedule\/([0-9a-fA-F-]{36})$/.exec(path);
  if (reschedule?.[1] !== undefined) return rescheduleView(reschedule[1]);
  if (path === "/practice-setup") return practiceSetupView();
  if (path === "/members") return membersView();
  if (path === "/audit") return auditView();
  if (path === "/verify") return verifyPrescriptionView();
  const phoneDay = /^\/phone-book\/(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (phoneDay?.[1] !== undefined) return phoneBookView(phoneDay[1]);
  if (path === "/reminders") return remindersView();
  const agendaDay = /^\/agenda(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(path);
  if (agendaDay !== null) return agendaView(agendaDay[1]);
  return searchView();
}

function render(): void {
  const root = document.getElementById("app");
  if (root === null) {
    return;
  }
  document.documentElement.lang = language();
  document.title = t("appName");
  root.replaceChildren(header(render), h("main", { id: "main" }, route()));
}

initLanguage(localStorage);
window.addEventListener("hashchange", render);
// A session the person asked this device to remember (IndexedDB, see session-store.ts).
void restoreSession().then((restored) => {
  if (restored !== null) setSession(restored);
  render();
});
