import { NoNotifierKeyError, attachJobs, loggedNotifierKey, sealJob } from "./reminder-jobs";
import { type Contact, plan, smsDaysTaken } from "./reminder-plan";
import { type ReminderPreferences, defaultPreferences, fromVault } from "./reminder-preferences";
import type { AppointmentRef, VaultDocument } from "./vault";

/**
 * Reminders for a booking made in the browser, as the CLI does it: preferences, contact (the vault
 * profile's e-mail and phone) and other appointments from the vault read when the form opened
 * (no session call next to the anonymous booking), and the notifier's key checked in the log
 * before the booking is sent.
 */
export interface ReminderSetup {
  readonly preferences: ReminderPreferences;
  readonly contact: Contact;
  readonly appointments: readonly AppointmentRef[];
  readonly notifierKey: Uint8Array;
  /** False when the patient set none: cover jobs only, as many as any booking carries. */
  readonly preferencesSet: boolean;
}

/**
 * Null only when the patient set no preferences and the server runs no notifier (no booking there
 * carries jobs); throws UnloggedKeyError for a key not in the log.
 */
export async function prepareReminders(vault: VaultDocument): Promise<ReminderSetup | null> {
  const stored = fromVault(vault.reminderPreferences);
  let notifierKey: Uint8Array;
  try {
    notifierKey = await loggedNotifierKey();
  } catch (error) {
    if (stored === null && error instanceof NoNotifierKeyError) return null;
    throw error;
  }
  return {
    preferences: stored ?? { ...defaultPreferences(), rules: [] },
    contact: { email: vault.profile?.email ?? null, phone: vault.profile?.phone ?? null },
    appointments: vault.appointments ?? [],
    notifierKey,
    preferencesSet: stored !== null,
  };
}

/** Plans, seals and attaches; how many real (non-cover) reminders went out. */
export async function attachReminders(setup: ReminderSetup, booking: AppointmentRef): Promise<number> {
  if (booking.start === null) return 0;
  const planned = plan(
    setup.preferences,
    setup.contact,
    Date.parse(booking.start) / 1000,
    booking.practiceName,
    booking.visitTypeName,
    Math.floor(Date.now() / 1000),
    smsDaysTaken(setup.appointments, setup.preferences, booking.bookingId),
  );
  const jobs = [];
  for (const message of planned) jobs.push(await sealJob(message, setup.notifierKey));
  await attachJobs(booking.bookingId, booking.cancelSecret, jobs);
  return planned.filter((m) => m.channel !== "NONE").length;
}
