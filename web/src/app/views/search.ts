import { api } from "../api";
import { field, h, status } from "../dom";
import { language, t } from "../i18n";
import { cities, specialties } from "../reference";
import { formatSlot } from "./format";
import { messageFor } from "../errors";

interface SlotView {
  slotId: string;
  start: string;
  end: string;
  free: number;
}

interface SearchHit {
  id: string;
  profile: { name: string; specialty: string; address: string; postcode: string; city: string };
  distanceKm: number | null;
  earliest: SlotView | null;
}

function specialtyName(code: string): string {
  const found = specialties.find((s) => s.code === code);
  return found === undefined ? code : language() === "fr" ? found.fr : found.en;
}

/** Public search: no session, no account; specialty as free text, place from the city list. */
export function searchView(): HTMLElement {
  const specialty = field("specialty", t("specialty"), {
    list: "specialty-list",
    placeholder: t("specialtyHint"),
    autocomplete: "off",
  });
  const options = h(
    "datalist",
    { id: "specialty-list" },
    ...specialties.map((s) => h("option", { value: language() === "fr" ? s.fr : s.en })),
  );
  const place = h(
    "select",
    { id: "place", name: "place" },
    h("option", { value: "" }, t("anyPlace")),
    ...cities.map((c, i) => h("option", { value: String(i) }, `${c.name} (${c.postcode})`)),
  ) as HTMLSelectElement;
  const message = status();
  const results = h("ol", { class: "results", "aria-label": t("results") });

  async function search(event: Event): Promise<void> {
    event.preventDefault();
    const query = new URLSearchParams();
    if (specialty.input.value.trim() !== "") {
      query.set("specialty", specialty.input.value.trim());
    }
    const city = place.value === "" ? undefined : cities[Number(place.value)];
    if (city !== undefined) {
      query.set("lat", String(city.latitude));
      query.set("lon", String(city.longitude));
      query.set("sort", "distance");
    }
    message.textContent = t("searching");
    results.replaceChildren();
    try {
      const answer = await api<{ hits: SearchHit[] }>("GET", `/v1/search?${query.toString()}`);
      message.textContent = answer.hits.length === 0 ? t("noResults") : `${t("results")} : ${answer.hits.length}`;
      results.replaceChildren(...answer.hits.map(hitItem));
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  return h(
    "section",
    { "aria-labelledby": "search-title" },
    h("h1", { id: "search-title" }, t("searchTitle")),
    h(
      "form",
      { class: "search", onsubmit: (e) => void search(e) },
      specialty.wrapper,
      options,
      h("div", { class: "field" }, h("label", { for: "place" }, t("place")), place),
      h("button", { type: "submit" }, t("searchButton")),
    ),
    message,
    results,
  );
}

function hitItem(hit: SearchHit): HTMLElement {
  const p = hit.profile;
  return h(
    "li",
    { class: "hit" },
    h("h2", {}, h("a", { href: `#/practice/${encodeURIComponent(hit.id)}` }, p.name)),
    h("p", {}, specialtyName(p.specialty)),
    h("p", {}, `${p.address}, ${p.postcode} ${p.city}`),
    hit.distanceKm === null ? null : h("p", {}, `${hit.distanceKm.toFixed(1)} ${t("distance")}`),
    h("p", {}, hit.earliest === null ? t("noSlot") : `${t("earliest")} : ${formatSlot(hit.earliest.start)}`),
  );
}
