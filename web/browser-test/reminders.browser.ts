import { type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";

/**
 * Reminders in the browser, against a real server with a logged notifier key (set up by e2e's
 * BrowserRemindersTest): the patient sets preferences on #/reminders, books, and the booking's
 * sealed jobs go out with no session; then reschedules, and new jobs for the new time replace them;
 * the Java side opens both sets with the notifier's key.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`set ${name} (e2e's BrowserRemindersTest does)`);
  return value;
};
const base = env("APARTE_URL");
const practiceId = env("APARTE_PRACTICE_ID");
const login = env("APARTE_PATIENT_LOGIN");
const password = env("APARTE_PATIENT_PASSWORD");
const reminderEmail = env("APARTE_REMINDER_EMAIL");

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});

afterAll(async () => {
  await browser?.close();
});

test("a patient sets reminders, books and reschedules, and the booking carries jobs sealed to the notifier", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30000);
  try {
    await scenario(page, errors);
  } catch (error) {
    console.log(`at failure, the page said: ${JSON.stringify(await page.locator("[role=status]").allTextContents())}`);
    throw error;
  }
}, 240_000);

async function scenario(page: Page, errors: string[]): Promise<void> {
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // A key created seconds before is queued for the next tree head: the log answers 503 and the
    // app retries (log/directory.ts), which Chromium reports as a failed load. Not an error.
    if (m.type() === "error" && !m.text().includes("status of 503")) errors.push(m.text());
  });
  await page.goto(`${base}/#/login`);
  await page.getByLabel("Adresse e-mail").fill(login);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText(`Connecté : ${login}`).waitFor({ timeout: 30000 });

  // The reminders page, from the patient's navigation.
  await page.getByRole("link", { name: "Rappels" }).click();
  await page.getByTestId("reminders-not-set").waitFor({ timeout: 15000 });
  await page.getByLabel("Rappel par e-mail", { exact: true }).check();
  await page.locator("#reminder-lead-email").selectOption("1440");
  await page.getByLabel("Rappel par SMS", { exact: true }).uncheck();
  await page.getByLabel("Adresse e-mail pour les rappels").fill(reminderEmail);
  await page.getByLabel("Téléphone pour les SMS", { exact: false }).fill("06 12 34");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.getByText("Ce numéro de téléphone n'est pas valide", { exact: false }).waitFor();
  await page.getByLabel("Téléphone pour les SMS", { exact: false }).fill("");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.getByTestId("reminders-saved").waitFor({ timeout: 15000 });

  // Book the last slot of the week (far enough for a reminder one day before).
  await page.goto(`${base}/#/practice/${practiceId}`);
  const slot = page.locator("button.slot").last();
  await slot.waitFor({ timeout: 15000 });
  await slot.click();
  const details = page.locator("fieldset", { hasText: "Vos coordonnées" });
  await details.getByLabel("Prénom", { exact: true }).fill("Rémi");
  await details.getByLabel("Nom", { exact: true }).fill("Rappel");
  const attached = page.waitForRequest((r) => r.url().endsWith("/reminders") && r.method() === "PUT", { timeout: 45000 });
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  const put = await attached;
  await page.getByTestId("booked").waitFor({ timeout: 30000 });
  await expect.poll(() => page.getByTestId("reminder-note").textContent()).toContain("Rappels joints");
  expect(put.headers()["authorization"], "reminders are attached without a session").toBeUndefined();
  expect((await put.response())?.status()).toBe(204);
  const body = JSON.parse(put.postData() ?? "{}") as { jobs: unknown[] };
  expect(body.jobs).toHaveLength(2);
  expect(put.postData()).not.toContain(reminderEmail);
  console.log(`reminder-jobs ${JSON.stringify(body.jobs)}`);
  console.log(`booked ${put.url().split("/").at(-2)}`);
  // Let the delayed vault write land before the Java side reads the vault.
  await page.getByRole("link", { name: "Mes rendez-vous" }).first().click();
  await page.locator("li.appointment").first().waitFor({ timeout: 30000 });

  // Reschedule to the last slot still free (the one before): the jobs are sealed again for the new
  // time and replace the booking's, still without a session.
  await page.locator("li.appointment").first().getByRole("link", { name: "Déplacer" }).click();
  const later = page.locator("button.slot").last();
  await later.waitFor({ timeout: 15000 });
  await later.click();
  const reattached = page.waitForRequest((r) => r.url().endsWith("/reminders") && r.method() === "PUT", { timeout: 45000 });
  await page.getByRole("button", { name: "Confirmer le déplacement" }).click();
  const again = await reattached;
  await page.getByTestId("rescheduled").waitFor({ timeout: 30000 });
  expect(await page.getByTestId("reminder-note").textContent()).toContain("Rappels joints");
  expect(again.headers()["authorization"], "reminders are attached without a session").toBeUndefined();
  expect((await again.response())?.status()).toBe(204);
  expect(again.url()).toBe(put.url());
  expect(again.postData()).not.toContain(reminderEmail);
  console.log(`rescheduled-jobs ${JSON.stringify((JSON.parse(again.postData() ?? "{}") as { jobs: unknown[] }).jobs)}`);
  await page.getByRole("link", { name: "Mes rendez-vous" }).last().click();
  await page.locator("li.appointment").first().waitFor({ timeout: 30000 });
  expect(errors).toEqual([]);
}
