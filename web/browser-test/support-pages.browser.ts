import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { env, fitsPhone, login, shot, watch } from "./patient-session";

/**
 * Second run of e2e's BrowserPatientTest, after a support agent (Java SDK) asked twice: the patient
 * reads the requests in plain words, approves the first without one of its fields, denies the
 * second.
 */
const base = env("APARTE_URL");
const patientLogin = env("APARTE_PATIENT_LOGIN");
const password = env("APARTE_PATIENT_PASSWORD");
const askReason = env("APARTE_ASK_REASON");

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});
afterAll(async () => {
  await browser?.close();
});

test("approve a narrower scope, deny another request", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);
  await login(page, base, patientLogin, password);

  await page.getByRole("link", { name: "Assistance" }).click();
  const requests = page.locator("article.request");
  await expect.poll(() => requests.count(), { timeout: 30000 }).toBe(2);
  const asked = page.locator("article.request", { hasText: askReason });
  const text = (await asked.textContent()) ?? "";
  for (const words of ["Un agent d'assistance", "votre profil", "prénom", "téléphone", "adresse", "2 h"]) {
    expect(text).toContain(words);
  }
  expect(await fitsPhone(page), "the support page fits 375 px").toBe(true);
  await shot(page, "09-support");
  await page.setViewportSize({ width: 1100, height: 900 });

  await asked.getByLabel("adresse", { exact: true }).uncheck();
  await asked.getByRole("button", { name: "Accepter les champs cochés" }).click();
  await asked.getByText("Accès accordé.").waitFor({ timeout: 30000 });
  const other = page.locator("article.request").filter({ hasNotText: askReason });
  await other.getByRole("button", { name: "Refuser" }).click();
  await other.getByText("Accès refusé.").waitFor({ timeout: 30000 });

  expect(errors, "no console errors or CSP violations").toEqual([]);
}, 180_000);
