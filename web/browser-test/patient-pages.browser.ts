import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { env, fitsPhone, go, register, shot, watch } from "./patient-session";

/**
 * First run of e2e's BrowserPatientTest: a patient registers, fills the profile, adds two
 * relatives and removes one, books for the saved relative (picked in the booking form), reschedules
 * from the appointments list, and opens a support ticket offering the profile. Prints the booking
 * id and both slots for the Java side, which checks the vault and the practice's copy.
 */
const base = env("APARTE_URL");
const practiceId = env("APARTE_PRACTICE_ID");
const patientLogin = env("APARTE_PATIENT_LOGIN");
const password = env("APARTE_PATIENT_PASSWORD");
const firstName = env("APARTE_FIRST_NAME");
const phone = env("APARTE_PHONE");
const address = env("APARTE_ADDRESS");
const relativeFirstName = env("APARTE_RELATIVE_FIRST_NAME");
const reason = env("APARTE_BROWSER_REASON");
const subject = env("APARTE_TICKET_SUBJECT");

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});
afterAll(async () => {
  await browser?.close();
});

test("profile and relatives, booking for the saved relative, reschedule, support ticket", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);
  await register(page, base, patientLogin, password);

  // Profile: every input has a label; saved in the vault.
  await page.getByRole("link", { name: "Mon profil" }).click();
  const profile = page.locator("#profile-form");
  await profile.waitFor({ timeout: 15000 });
  await profile.getByLabel("Prénom", { exact: true }).fill(firstName);
  await profile.getByLabel("Nom", { exact: true }).fill("Canari");
  await profile.getByLabel("Date de naissance").fill("1985-03-02");
  await profile.getByLabel("Téléphone").fill(phone);
  await profile.getByLabel("Adresse", { exact: true }).fill(address);
  await profile.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await profile.getByText("Enregistré.").waitFor({ timeout: 15000 });

  // Two relatives added, the second removed.
  for (const name of [relativeFirstName, "Temporaire"]) {
    await page.getByRole("button", { name: "Ajouter un proche" }).click();
    const form = page.locator("form.relative").last();
    await form.getByLabel("Prénom", { exact: true }).fill(name);
    await form.getByLabel("Nom", { exact: true }).fill("Canari");
    await form.getByLabel("Date de naissance").fill("2015-06-01");
    await form.getByLabel("Lien de parenté").fill("fils");
    await form.getByRole("button", { name: "Enregistrer ce proche" }).click();
    await form.getByText("Enregistré.").waitFor({ timeout: 15000 });
  }
  await page.locator("form.relative").last().getByRole("button", { name: "Retirer ce proche" }).click();
  await expect.poll(() => page.locator("form.relative").count(), { timeout: 15000 }).toBe(1);

  // Read back from the vault.
  await go(page, "#/");
  await go(page, "#/profile");
  await expect.poll(() => page.locator("#profile-phone").inputValue(), { timeout: 15000 }).toBe(phone);
  expect(await page.locator("#profile-address").inputValue()).toBe(address);
  expect(await page.locator("form.relative").count()).toBe(1);
  expect(await page.locator("form.relative input").first().inputValue()).toBe(relativeFirstName);
  expect(await fitsPhone(page), "the profile fits 375 px").toBe(true);
  await shot(page, "07-profile");
  await page.setViewportSize({ width: 1100, height: 900 });

  // Book for the saved relative: the booking form offers them and is prefilled from the profile.
  await go(page, `#/practice/${practiceId}`);
  const first = page.locator("button.slot").first();
  await first.waitFor({ timeout: 15000 });
  const oldSlot = (await first.getAttribute("data-slot")) ?? "";
  await first.click();
  await expect.poll(() => page.locator("#patient-first-name").inputValue(), { timeout: 15000 }).toBe(firstName);
  await page.getByLabel("Pour qui ?").selectOption({ label: `${relativeFirstName} Canari` });
  await page.getByLabel("Motif de la consultation").fill(reason);
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await page.getByTestId("booked").waitFor({ timeout: 30000 });

  // Reschedule from the appointments list to the last free slot of the week.
  await page.getByRole("link", { name: "Mes rendez-vous" }).first().click();
  const appointment = page.locator("li.appointment").first();
  await appointment.waitFor({ timeout: 30000 });
  await expect.poll(() => appointment.textContent()).toContain(`Pour : ${relativeFirstName} Canari`);
  const bookingId = (await appointment.getAttribute("data-booking")) ?? "";
  await appointment.getByRole("link", { name: "Déplacer" }).click();
  const last = page.locator("button.slot").last();
  await last.waitFor({ timeout: 15000 });
  const newSlot = (await last.getAttribute("data-slot")) ?? "";
  const newTime = (await last.textContent()) ?? "";
  expect(newSlot).not.toBe(oldSlot);
  await shot(page, "08-reschedule");
  await last.click();
  await page.getByLabel("Motif de la consultation").fill(reason);
  await page.getByRole("button", { name: "Confirmer le déplacement" }).click();
  await page.getByTestId("rescheduled").waitFor({ timeout: 30000 });
  await page.getByRole("link", { name: "Mes rendez-vous" }).last().click();
  const moved = page.locator(`li.appointment[data-booking="${bookingId}"]`);
  await moved.waitFor({ timeout: 30000 });
  await expect.poll(() => moved.textContent(), { timeout: 15000 }).toContain(newTime);
  expect(await page.locator("li.appointment").count(), "the old booking is gone, not duplicated").toBe(1);

  // A support ticket, offering the profile and not the appointment (each is ticked one by one).
  await page.getByRole("link", { name: "Assistance" }).click();
  await page.getByLabel("Sujet").fill(subject);
  await page.locator(`#new-ticket input[data-booking="${bookingId}"]`).uncheck();
  await page.getByRole("button", { name: "Ouvrir la demande" }).click();
  await page.locator("section.ticket h2", { hasText: subject }).waitFor({ timeout: 30000 });

  expect(errors, "no console errors or CSP violations").toEqual([]);
  console.log(`BOOKING=${bookingId}`);
  console.log(`OLD_SLOT=${oldSlot}`);
  console.log(`NEW_SLOT=${newSlot}`);
}, 180_000);
