import { ApiError } from "../api";
import { type PracticeTarget, type Person, type RelativePerson, prepareBooking, sendBooking } from "../booking";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { EntryKind } from "../log/entries";
import { UnloggedKeyError, requireLogged } from "../log/directory";
import { session, tokensReady } from "../state";
import { attachReminders, prepareReminders } from "../reminder-attach";
import { pickToken } from "../tokens";
import { type VaultDocument, type VaultRelative, readVault, updateVault, withAppointment, withRelative, withoutToken } from "../vault";
import { fromBase64 } from "../api";
import type { SlotView } from "./calendar";
import { formatSlot } from "./format";
import type { PracticeView, VisitType } from "./practice";

const NEW_RELATIVE = "new";
const MYSELF = "me";

/**
 * The vault is written with the session: never in the same request, nor the same second, as the
 * anonymous booking (a random 1-3 s later), so the server cannot pair the two by time alone.
 */
export function delayedVaultWrite(change: (d: VaultDocument) => VaultDocument): Promise<void> {
  const current = session();
  if (current === null) return Promise.resolve();
  const delay = 1000 + (crypto.getRandomValues(new Uint16Array(1))[0]! % 2000);
  return new Promise((resolve) => {
    setTimeout(() => {
      updateVault(current, change).then(
        () => resolve(),
        () => resolve(),
      );
    }, delay);
  });
}

/** Promises of vault writes still waiting, so the appointments page can wait for them. */
export const pendingWrites: Promise<void>[] = [];

const orNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

export function bookingForm(practice: PracticeView, visitType: VisitType, slot: SlotView): HTMLElement {
  const message = status();
  const forWhom = h("select", { id: "for-whom" }, h("option", { value: MYSELF }, t("forMe"))) as HTMLSelectElement;
  const me = {
    first: field("patient-first-name", t("firstName"), { required: true, autocomplete: "given-name" }),
    last: field("patient-last-name", t("lastName"), { required: true, autocomplete: "family-name" }),
    birth: field("patient-birth-date", t("birthDate"), { type: "date", autocomplete: "bday" }),
    phone: field("patient-phone", t("phone"), { type: "tel", autocomplete: "tel" }),
  };
  const relative = {
    first: field("relative-first-name", t("firstName")),
    last: field("relative-last-name", t("lastName")),
    birth: field("relative-birth-date", t("birthDate"), { type: "date" }),
    relationship: field("relative-relationship", t("relationship")),
  };
  const relativeSet = h(
    "fieldset",
    { hidden: true },
    h("legend", {}, t("relativeDetails")),
    relative.first.wrapper,
    relative.last.wrapper,
    relative.birth.wrapper,
    relative.relationship.wrapper,
  );
  const reasonId = "booking-reason";
  const reason = h("textarea", { id: reasonId, name: reasonId, rows: "3", maxlength: "500" }) as HTMLTextAreaElement;
  const confirm = h("button", { type: "submit" }, t("confirmBooking")) as HTMLButtonElement;
  let relatives: VaultRelative[] = [];
  // Read when the form opens, so confirming sends no session request next to the anonymous one.
  let opened: VaultDocument | undefined;

  forWhom.addEventListener("change", () => {
    const choice = forWhom.value;
    relativeSet.hidden = choice === MYSELF;
    const known = relatives.find((r) => r.id === choice);
    relative.first.input.value = known?.firstName ?? "";
    relative.last.input.value = known?.lastName ?? "";
    relative.birth.input.value = known?.birthDate ?? "";
    relative.relationship.input.value = known?.relationship ?? "";
  });

  void prefill();

  async function prefill(): Promise<void> {
    const current = session();
    if (current === null) return;
    try {
      await tokensReady();
      const vault = await readVault(current);
      opened = vault;
      relatives = vault.relatives ?? [];
      forWhom.append(
        ...relatives.map((r) => h("option", { value: r.id }, `${r.firstName ?? ""} ${r.lastName ?? ""}`.trim())),
        h("option", { value: NEW_RELATIVE }, t("newRelative")),
      );
      const p = vault.profile ?? {};
      me.first.input.value ||= p.firstName ?? "";
      me.last.input.value ||= p.lastName ?? "";
      me.birth.input.value ||= p.birthDate ?? "";
      me.phone.input.value ||= p.phone ?? "";
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const current = session();
    if (current === null) return;
    confirm.disabled = true;
    message.textContent = t("bookingInProgress");
    try {
      let token = opened === undefined ? undefined : pickToken(opened);
      let vaultAtOpen = opened;
      opened = undefined;
      if (token === undefined) {
        await tokensReady();
        vaultAtOpen = await readVault(current);
        token = pickToken(vaultAtOpen);
      }
      if (token === undefined) {
        message.textContent = t("noToken");
        confirm.disabled = false;
        return;
      }
      // Before anything is sent: a notifier key missing from the log stops the booking.
      const reminders = vaultAtOpen === undefined ? null : await prepareReminders(vaultAtOpen);
      const publicKey = fromBase64(practice.key.publicKey);
      await requireLogged(EntryKind.PRACTICE_KEY, "practice", practice.id, practice.key.version, publicKey);
      const target: PracticeTarget = {
        practiceId: practice.id,
        practiceName: practice.profile.name,
        publicKey,
        keyVersion: practice.key.version,
      };
      const patient: Person = {
        firstName: me.first.input.value.trim(),
        lastName: me.last.input.value.trim(),
        birthDate: orNull(me.birth.input.value),
        socialSecurityNumber: null,
        phone: orNull(me.phone.input.value),
        email: current.login,
      };
      const choice = forWhom.value;
      const forRelativeId = choice === MYSELF ? null : choice === NEW_RELATIVE ? crypto.randomUUID() : choice;
      const forRelative: RelativePerson | null =
        forRelativeId === null
          ? null
          : {
              firstName: relative.first.input.value.trim(),
              lastName: relative.last.input.value.trim(),
              birthDate: orNull(relative.birth.input.value),
              socialSecurityNumber: null,
              phone: null,
              email: null,
              relationship: orNull(relative.relationship.input.value),
            };
      const prepared = await prepareBooking(
        target,
        {
          patient,
          forRelative,
          reason: orNull(reason.value),
          visitTypeId: visitType.id,
          visitTypeName: visitType.name,
          slotIds: [slot.slotId],
        },
        token.token,
        forRelativeId,
      );
      let ref;
      try {
        ref = await sendBooking(prepared);
      } catch (error) {
        if (error instanceof ApiError && error.code === "token_spent") {
          pendingWrites.push(delayedVaultWrite((d) => withoutToken(d, token.token)));
        }
        throw error;
      }
      let reminderNote: string;
      try {
        if (reminders !== null) await attachReminders(reminders, ref);
        reminderNote = reminders?.preferencesSet === true ? t("remindersAttached") : t("remindersNone");
      } catch {
        reminderNote = t("remindersFailed");
      }
      message.replaceChildren(
        h("strong", { "data-testid": "booked" }, t("booked")),
        " ",
        h("span", { "data-testid": "reminder-note" }, reminderNote),
        " ",
        h("a", { href: "#/appointments" }, t("navAppointments")),
      );
      pendingWrites.push(
        delayedVaultWrite((d) => {
          let next = withoutToken(withAppointment(d, ref), token.token);
          next = { ...next, profile: { ...(next.profile ?? {}), firstName: patient.firstName, lastName: patient.lastName, birthDate: patient.birthDate, phone: patient.phone } };
          if (forRelativeId !== null && forRelative !== null) {
            next = withRelative(next, {
              id: forRelativeId,
              firstName: forRelative.firstName,
              lastName: forRelative.lastName,
              birthDate: forRelative.birthDate,
              relationship: forRelative.relationship,
            });
          }
          return next;
        }),
      );
    } catch (error) {
      confirm.disabled = false;
      if (error instanceof UnloggedKeyError) {
        message.textContent = t("unloggedKey");
      } else if (error instanceof ApiError && error.status === 409 && error.code.startsWith("slot")) {
        message.textContent = t("slotTaken");
      } else {
        message.textContent = t(messageFor(error));
      }
    }
  }

  return h(
    "section",
    { class: "book", "aria-labelledby": "book-title" },
    h("h2", { id: "book-title", tabindex: "-1" }, t("bookTitle")),
    h("p", {}, t("chosenSlot"), h("time", { datetime: slot.start }, formatSlot(slot.start, practice.profile.timeZone)), ` — ${visitType.name}`),
    h(
      "form",
      { onsubmit: (e) => void submit(e) },
      h("div", { class: "field" }, h("label", { for: "for-whom" }, t("forWhom")), forWhom),
      h("fieldset", {}, h("legend", {}, t("yourDetails")), me.first.wrapper, me.last.wrapper, me.birth.wrapper, me.phone.wrapper),
      relativeSet,
      h("div", { class: "field" }, h("label", { for: reasonId }, t("reason")), reason),
      confirm,
    ),
    message,
  );
}
