import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { language, t } from "../i18n";
import { type PracticeProfile, createPractice, replaceProfile } from "../practice-setup";
import { cities, specialties } from "../reference";
import { session } from "../state";

const list = (text: string): string[] => text.split(",").map((s) => s.trim()).filter((s) => s !== "");

/**
 * The public profile form, as PracticeProfile in the protocol module: it creates a practice, or
 * with {@code existing} edits that practice's profile (the time zone then shown but fixed).
 */
export function createPracticeForm(
  onCreated: (practiceId: string) => void,
  existing?: { practiceId: string; profile: PracticeProfile },
): HTMLElement {
  const message = status();
  // Both forms can be on the page (edit, and create tucked away): distinct ids.
  const id = (name: string): string => `${existing === undefined ? "setup" : "edit"}-${name}`;
  const name = field(id("name"), t("practiceName"), { required: true, maxlength: "120" });
  const practitioners = field(id("practitioners"), t("practitioners"), { required: true });
  const specialty = h(
    "select",
    { id: id("specialty"), required: true },
    ...specialties.map((s) => h("option", { value: s.code }, language() === "fr" ? s.fr : s.en)),
  ) as HTMLSelectElement;
  const address = field(id("address"), t("address"), { required: true, maxlength: "200" });
  const postcode = field(id("postcode"), t("postcode"), { required: true, pattern: "[0-9A-Za-z \\-]{2,12}" });
  const city = field(id("city"), t("city"), { required: true, list: id("cities") });
  const cityList = h("datalist", { id: id("cities") }, ...cities.map((c) => h("option", { value: c.name })));
  const latitude = field(id("latitude"), t("latitude"), { type: "number", step: "any", min: "-90", max: "90", required: true });
  const longitude = field(id("longitude"), t("longitude"), { type: "number", step: "any", min: "-180", max: "180", required: true });
  const phone = field(id("phone"), t("practicePhone"), { type: "tel", required: true });
  const zone = field(id("zone"), t("timeZone"), { required: true, value: "Europe/Paris" });
  const languages = field(id("languages"), t("languages"), { value: "fr" });
  if (existing !== undefined) {
    const p = existing.profile;
    name.input.value = p.name;
    practitioners.input.value = p.practitioners.join(", ");
    address.input.value = p.address;
    postcode.input.value = p.postcode;
    city.input.value = p.city;
    latitude.input.value = String(p.latitude);
    longitude.input.value = String(p.longitude);
    phone.input.value = p.phone;
    zone.input.value = p.timeZone;
    zone.input.readOnly = true;
    languages.input.value = p.languages.join(", ");
  }
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
    h("div", { class: "field" }, h("label", { for: id("specialty") }, t("specialty")), specialty),
    address.wrapper,
    city.wrapper,
    cityList,
    postcode.wrapper,
    latitude.wrapper,
    longitude.wrapper,
    phone.wrapper,
    zone.wrapper,
    languages.wrapper,
    h("button", { type: "submit" }, t(existing === undefined ? "createPractice" : "savePracticeProfile")),
    message,
  );
  if (existing !== undefined) specialty.value = existing.profile.specialty;
  const title = existing === undefined ? "createPracticeTitle" : "editProfileTitle";
  return h("section", { "aria-labelledby": `${title}-h` }, h("h2", { id: `${title}-h` }, t(title)), form);

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
      if (existing !== undefined) {
        await replaceProfile(current, existing.practiceId, profile);
        message.textContent = t("profileSaved");
        return;
      }
      const created = await createPractice(current, profile);
      message.textContent = t("practiceCreated");
      onCreated(created);
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }
}
