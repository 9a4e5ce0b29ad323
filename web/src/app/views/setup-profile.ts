import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { language, t } from "../i18n";
import { type PracticeProfile, createPractice } from "../practice-setup";
import { cities, specialties } from "../reference";
import { session } from "../state";

const list = (text: string): string[] => text.split(",").map((s) => s.trim()).filter((s) => s !== "");

/** The "create a practice" form: the public profile, as PracticeProfile in the protocol module. */
export function createPracticeForm(onCreated: (practiceId: string) => void): HTMLElement {
  const message = status();
  const name = field("setup-name", t("practiceName"), { required: true, maxlength: "120" });
  const practitioners = field("setup-practitioners", t("practitioners"), { required: true });
  const specialty = h(
    "select",
    { id: "setup-specialty", required: true },
    ...specialties.map((s) => h("option", { value: s.code }, language() === "fr" ? s.fr : s.en)),
  ) as HTMLSelectElement;
  const address = field("setup-address", t("address"), { required: true, maxlength: "200" });
  const postcode = field("setup-postcode", t("postcode"), { required: true, pattern: "[0-9A-Za-z \\-]{2,12}" });
  const city = field("setup-city", t("city"), { required: true, list: "setup-cities" });
  const cityList = h("datalist", { id: "setup-cities" }, ...cities.map((c) => h("option", { value: c.name })));
  const latitude = field("setup-latitude", t("latitude"), { type: "number", step: "any", min: "-90", max: "90", required: true });
  const longitude = field("setup-longitude", t("longitude"), { type: "number", step: "any", min: "-180", max: "180", required: true });
  const phone = field("setup-phone", t("practicePhone"), { type: "tel", required: true });
  const zone = field("setup-zone", t("timeZone"), { required: true, value: "Europe/Paris" });
  const languages = field("setup-languages", t("languages"), { value: "fr" });
  // Picking a known city fills its postcode and coordinates (the same list the server searches).
  city.input.addEventListener("change", () => {
    const known = cities.find((c) => c.name === city.input.value);
    if (known === undefined) return;
    postcode.input.value ||= known.postcode;
    latitude.input.value = String(known.latitude);
    longitude.input.value = String(known.longitude);
  });
  const form = h(
    "form",
    { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
    name.wrapper,
    practitioners.wrapper,
    h("div", { class: "field" }, h("label", { for: "setup-specialty" }, t("specialty")), specialty),
    address.wrapper,
    city.wrapper,
    cityList,
    postcode.wrapper,
    latitude.wrapper,
    longitude.wrapper,
    phone.wrapper,
    zone.wrapper,
    languages.wrapper,
    h("button", { type: "submit" }, t("createPractice")),
    message,
  );
  return h("section", { "aria-labelledby": "create-title" }, h("h2", { id: "create-title" }, t("createPracticeTitle")), form);

  async function submit(): Promise<void> {
    const current = session();
    if (current === null) return;
    const profile: PracticeProfile = {
      name: name.input.value.trim(),
      practitioners: list(practitioners.input.value),
      specialty: specialty.value,
      address: address.input.value.trim(),
      postcode: postcode.input.value.trim(),
      city: city.input.value.trim(),
      latitude: Number(latitude.input.value),
      longitude: Number(longitude.input.value),
      languages: list(languages.input.value),
      phone: phone.input.value.trim(),
      timeZone: zone.input.value.trim(),
    };
    message.textContent = t("loading");
    try {
      const id = await createPractice(current, profile);
      message.textContent = t("practiceCreated");
      onCreated(id);
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
