import { sessionPage } from "./session-page";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { PROFILE_FIELDS, type ProfileField, orNull, withProfile, withoutRelative } from "../patient-vault";
import { session } from "../state";
import { type VaultRelative, readVault, updateVault, withRelative } from "../vault";

const LABELS: Record<ProfileField, MessageKey> = {
  firstName: "firstName",
  lastName: "lastName",
  birthDate: "birthDate",
  socialSecurityNumber: "socialSecurityNumber",
  phone: "phone",
  email: "email",
  address: "address",
};

const INPUT: Partial<Record<ProfileField, Record<string, string>>> = {
  firstName: { autocomplete: "given-name" },
  lastName: { autocomplete: "family-name" },
  birthDate: { type: "date", autocomplete: "bday" },
  phone: { type: "tel", autocomplete: "tel" },
  email: { type: "email", autocomplete: "email" },
  address: { autocomplete: "street-address" },
};

/** `#/profile`: the patient's own details and relatives, kept in the encrypted vault only. */
export function profileView(): HTMLElement {
  return sessionPage("profile", "profileTitle", "profileHint", async (current) => {
    const vault = await readVault(current);
    return [profileForm(vault.profile ?? {}), relativesSection(vault.relatives ?? [])];
  });

  function profileForm(profile: Partial<Record<ProfileField, string | null>>): HTMLElement {
    const fields = PROFILE_FIELDS.map((name) => {
      const f = field(`profile-${name}`, t(LABELS[name]), INPUT[name] ?? {});
      f.input.value = profile[name] ?? "";
      return { name, ...f };
    });
    const saveStatus = status();
    const save = h("button", { type: "submit" }, t("saveProfile")) as HTMLButtonElement;
    return h(
      "form",
      {
        id: "profile-form",
        onsubmit: (e) => {
          e.preventDefault();
          const values = Object.fromEntries(fields.map((f) => [f.name, f.input.value])) as Record<ProfileField, string>;
          void write(save, saveStatus, (d) => withProfile(d, values));
        },
      },
      h("fieldset", {}, h("legend", {}, t("yourDetails")), ...fields.map((f) => f.wrapper)),
      save,
      saveStatus,
    );
  }

  function relativesSection(relatives: VaultRelative[]): HTMLElement {
    const list = h("div", { class: "relatives" });
    const render = (): void => {
      list.replaceChildren(
        ...(relatives.length === 0 ? [h("p", {}, t("noRelatives"))] : relatives.map((r) => relativeForm(r, false))),
      );
    };
    const add = h("button", { type: "button", class: "secondary", id: "add-relative" }, t("addRelative"));
    add.addEventListener("click", () => {
      const form = relativeForm(
        { id: crypto.randomUUID(), firstName: null, lastName: null, birthDate: null, relationship: null },
        true,
      );
      list.append(form);
      form.querySelector("input")?.focus();
    });
    render();
    return h("section", { "aria-labelledby": "relatives-title" }, h("h2", { id: "relatives-title" }, t("relativesTitle")), list, add);

    function relativeForm(relative: VaultRelative, fresh: boolean): HTMLElement {
      const id = relative.id;
      const first = field(`relative-${id}-first-name`, t("firstName"), { required: true });
      const last = field(`relative-${id}-last-name`, t("lastName"), { required: true });
      const birth = field(`relative-${id}-birth-date`, t("birthDate"), { type: "date" });
      const relationship = field(`relative-${id}-relationship`, t("relationship"));
      first.input.value = relative.firstName ?? "";
      last.input.value = relative.lastName ?? "";
      birth.input.value = relative.birthDate ?? "";
      relationship.input.value = relative.relationship ?? "";
      const saveStatus = status();
      const save = h("button", { type: "submit" }, t("saveRelative")) as HTMLButtonElement;
      const remove = h("button", { type: "button", class: "danger" }, t("removeRelative")) as HTMLButtonElement;
      const form = h(
        "form",
        { class: "relative", "data-relative": id },
        h(
          "fieldset",
          {},
          h("legend", {}, fresh ? t("addRelative") : t("relativeLegend")),
          first.wrapper,
          last.wrapper,
          birth.wrapper,
          relationship.wrapper,
        ),
        save,
        remove,
        saveStatus,
      );
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const next: VaultRelative = {
          id,
          firstName: orNull(first.input.value),
          lastName: orNull(last.input.value),
          birthDate: orNull(birth.input.value),
          relationship: orNull(relationship.input.value),
        };
        void write(save, saveStatus, (d) => withRelative(d, next)).then((ok) => {
          if (ok) relatives = [...relatives.filter((r) => r.id !== id), next];
        });
      });
      remove.addEventListener("click", () => {
        void write(remove, saveStatus, (d) => withoutRelative(d, id)).then((ok) => {
          if (!ok) return;
          relatives = relatives.filter((r) => r.id !== id);
          render();
          add.focus();
        });
      });
      return form;
    }
  }

  async function write(
    button: HTMLButtonElement,
    out: HTMLElement,
    change: Parameters<typeof updateVault>[1],
  ): Promise<boolean> {
    const current = session();
    if (current === null) return false;
    button.disabled = true;
    out.textContent = t("saving");
    try {
      await updateVault(current, change);
      out.textContent = t("saved");
      return true;
    } catch (error) {
      out.textContent = t(messageFor(error));
      return false;
    } finally {
      button.disabled = false;
    }
  }
}
