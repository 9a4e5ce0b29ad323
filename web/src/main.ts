import { h } from "./app/dom";
import { initLanguage, language, t } from "./app/i18n";
import { agendaView } from "./app/views/agenda";
import { appointmentsView } from "./app/views/appointments";
import { header } from "./app/views/layout";
import { loginView } from "./app/views/login";
import { practiceView } from "./app/views/practice";
import { registerView } from "./app/views/register";
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
render();
