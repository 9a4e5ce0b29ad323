import { afterEach, expect, test, vi } from "vitest";
import { prepareReminders } from "../src/app/reminder-attach";
import { NoNotifierKeyError } from "../src/app/reminder-jobs";
import { defaultPreferences, toVault } from "../src/app/reminder-preferences";
import type { VaultDocument } from "../src/app/vault";

/** A server that runs no notifier: its key list is empty. */
function serverWithoutNotifier(): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify({ keys: [] }), { status: 200 })),
  );
  // The default argument of the log check; unused when there is no key to check.
  vi.stubGlobal("localStorage", {});
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test("without preferences and without any notifier, nothing is prepared", async () => {
  serverWithoutNotifier();
  const vault = { appointments: [] } as unknown as VaultDocument;
  await expect(prepareReminders(vault)).resolves.toBeNull();
});

test("with preferences, a server without a notifier key stops the booking", async () => {
  serverWithoutNotifier();
  const vault = { appointments: [], reminderPreferences: toVault(defaultPreferences()) } as unknown as VaultDocument;
  await expect(prepareReminders(vault)).rejects.toBeInstanceOf(NoNotifierKeyError);
});
