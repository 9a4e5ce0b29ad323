import { api, fromBase64 } from "../api";
import type { BookingContent } from "../booking";
import { rescheduleBooking } from "../reschedule";
import { attachReminders, prepareReminders } from "../reminder-attach";
import { h, status } from "../dom";
import { messageFor } from "../errors";
import { t } from "../i18n";
import { EntryKind } from "../log/entries";
import { UnloggedKeyError, requireLogged } from "../log/directory";
import { visitTypeOf } from "../patient-vault";
import { session } from "../state";
import { type AppointmentRef, type VaultDocument, readVault, withAppointment } from "../vault";
import { delayedVaultWrite, pendingWrites } from "./book-form";
import { type SlotView, slotCalendar } from "./calendar";
import { formatSlot } from "./format";
import type { PracticeView } from "./practice";

/**
 * `#/reschedule/BOOKING`: a new slot of the same practice and visit type, then the Java SDK's
 * reschedule (same booking id and data key, content re-sealed, no session), then the reminders
 * re-attached from the vault's preferences for the new time; the vault is updated 1-3 s later, as
 * after a booking.
 */
export function rescheduleView(bookingId: string): HTMLElement {
  const message = status();
  message.textContent = t("loading");
  const body = h("div", {});
  const form = h("div", { id: "reschedule-form" });
  void load();
  return h(
    "section",
    { "aria-labelledby": "reschedule-title" },
    h("p", {}, h("a", { href: "#/appointments" }, t("navAppointments"))),
    h("h1", { id: "reschedule-title" }, t("rescheduleTitle")),
    message,
    body,
    form,
  );

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      await Promise.all(pendingWrites);
      const vault = await readVault(current);
      const ref = (vault.appointments ?? []).find((a) => a.bookingId === bookingId);
      const visitTypeId = ref === undefined ? null : visitTypeOf(ref);
      if (ref === undefined || visitTypeId === null) {
        message.textContent = t("appointmentNotFound");
        return;
      }
      const practice = await api<PracticeView>("GET", `/v1/practices/${encodeURIComponent(ref.practiceId)}`);
      const visitType = practice.visitTypes.find((v) => v.id === visitTypeId);
      const zone = practice.profile.timeZone;
      message.textContent = "";
      body.replaceChildren(
        h("p", {}, `${practice.profile.name} — ${visitType?.name ?? ref.visitTypeName ?? ""}`),
        h("p", {}, t("currentSlot"), ref.start === null ? "" : formatSlot(ref.start, zone)),
        slotCalendar(practice.id, visitTypeId, visitType?.name ?? ref.visitTypeName ?? "", zone, (slot) =>
          pick(vault, ref, practice, visitType?.name ?? ref.visitTypeName, slot),
        ),
      );
    } catch (error) {
      message.textContent = t(messageFor(error));
    }
  }

  function pick(
    vault: VaultDocument,
    ref: AppointmentRef,
    practice: PracticeView,
    visitTypeName: string | null,
    slot: SlotView,
  ): void {
    const reasonId = "reschedule-reason";
    const reason = h("textarea", { id: reasonId, name: reasonId, rows: "3", maxlength: "500" }) as HTMLTextAreaElement;
    const confirm = h("button", { type: "submit" }, t("confirmReschedule")) as HTMLButtonElement;
    const out = status();
    form.replaceChildren(
      h(
        "form",
        { onsubmit: (e) => void submit(e) },
        h("h2", { tabindex: "-1" }, t("newSlot"), formatSlot(slot.start, practice.profile.timeZone)),
        h("div", { class: "field" }, h("label", { for: reasonId }, t("reason")), reason),
        h("p", { class: "muted" }, t("rescheduleReasonHint")),
        confirm,
        out,
      ),
    );
    form.querySelector<HTMLElement>("h2")?.focus();

    async function submit(event: Event): Promise<void> {
      event.preventDefault();
      const p = vault.profile ?? {};
      if (!p.firstName || !p.lastName) {
        out.replaceChildren(h("a", { href: "#/profile" }, t("profileNeeded")));
        return;
      }
      confirm.disabled = true;
      out.textContent = t("rescheduling");
      try {
        // As a booking: the notifier's key is checked in the log before anything is sent.
        const reminders = await prepareReminders(vault);
        const publicKey = fromBase64(practice.key.publicKey);
        await requireLogged(EntryKind.PRACTICE_KEY, "practice", practice.id, practice.key.version, publicKey);
        const relative = (vault.relatives ?? []).find((r) => r.id === ref.forRelativeId);
        const content: Omit<BookingContent, "practiceId" | "bookedAt"> = {
          patient: {
            firstName: p.firstName,
            lastName: p.lastName,
            birthDate: p.birthDate ?? null,
            socialSecurityNumber: p.socialSecurityNumber ?? null,
            phone: p.phone ?? null,
            email: p.email ?? null,
          },
          forRelative:
            relative === undefined
              ? null
              : {
                  firstName: relative.firstName ?? "",
                  lastName: relative.lastName ?? "",
                  birthDate: relative.birthDate,
                  socialSecurityNumber: null,
                  phone: null,
                  email: null,
                  relationship: relative.relationship,
                },
          reason: reason.value.trim() === "" ? null : reason.value.trim(),
          visitTypeId: slot.slotId.slice(0, slot.slotId.indexOf("@")),
          visitTypeName,
          slotIds: [slot.slotId],
        };
        const target = { practiceId: practice.id, practiceName: practice.profile.name, publicKey, keyVersion: practice.key.version };
        const moved = await rescheduleBooking(ref, target, content);
        // Attaching replaces the jobs the booking had, due at the old time (as the CLI's reschedule).
        let reminderNote: string;
        try {
          if (reminders !== null) await attachReminders(reminders, moved);
          reminderNote = reminders?.preferencesSet === true ? t("remindersAttached") : t("remindersNone");
        } catch {
          reminderNote = t("remindersFailed");
        }
        out.replaceChildren(
          h("strong", { "data-testid": "rescheduled" }, t("rescheduled")),
          " ",
          h("span", { "data-testid": "reminder-note" }, reminderNote),
          " ",
          h("a", { href: "#/appointments" }, t("navAppointments")),
        );
        pendingWrites.push(delayedVaultWrite((d) => withAppointment(d, moved)));
      } catch (error) {
        confirm.disabled = false;
        out.textContent = error instanceof UnloggedKeyError ? t("unloggedKey") : t(messageFor(error));
      }
    }
  }
}
