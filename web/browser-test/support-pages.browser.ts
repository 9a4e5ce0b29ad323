import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { env, fitsPhone, go, login, shot, watch } from "./patient-session";

/**
 * Second run of e2e's BrowserPatientTest, after a support agent (Java SDK) asked twice: the patient
 * reads the requests in plain words, approves the first without one of its fields, denies the
 * second, and reads the access history with every event verified in the log; logged in with "stay
 * logged in", the session survives a reload and is gone after logout.
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

test("approve a narrower scope, deny another request, see the verified history", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);
  // "Stay logged in": the keys survive a reload (encrypted in IndexedDB), until logout.
  await login(page, base, patientLogin, password, true);
  await page.reload();
  await page.getByText(`Connecté : ${patientLogin}`).waitFor({ timeout: 15000 });

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

  // Two requests, one approval, one denial: each proven in the log (a fresh event may wait for
  // the next tree head, so the page is opened again until all four are there).
  let verified = 0;
  for (let attempt = 0; attempt < 10 && verified < 4; attempt++) {
    await go(page, "#/");
    await go(page, "#/history");
    await page.locator("section.ticket").first().waitFor({ timeout: 60000 });
    verified = await page.locator('[data-verified="true"]').count();
  }
  expect(verified).toBe(4);
  expect(await page.locator('[data-verified="false"]').count()).toBe(0);
  expect(await page.locator("li.event").allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining("Accès accordé"), expect.stringContaining("Accès refusé")]),
  );
  await shot(page, "10-history");

  const stored = (): Promise<number> =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open("aparte", 1);
          open.onsuccess = () => {
            const count = open.result.transaction("session").objectStore("session").count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
  expect(await stored(), "a remembered session is stored").toBe(1);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect.poll(stored, { timeout: 15000, message: "the stored session is deleted at logout" }).toBe(0);
  await page.reload();
  await page.getByRole("link", { name: "Se connecter" }).waitFor({ timeout: 15000 });
  expect(await page.getByText(`Connecté : ${patientLogin}`).count(), "logged out after a reload").toBe(0);
  expect(errors, "no console errors or CSP violations").toEqual([]);
}, 180_000);
