import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { env, go, login, shot, watch } from "./patient-session";

/**
 * Third run of e2e's BrowserPatientTest, after the agent fetched the approved disclosure: logged in
 * with "stay logged in", the session survives a reload; the access history shows the five events
 * (two requests, approval, denial, the agent's fetch), each verified in the log; the patient
 * revokes the disclosure; after logout the stored session is gone and a reload is logged out.
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

test("remembered session, verified access history, revocation, logout", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);

  // "Stay logged in": the keys survive a reload (encrypted in IndexedDB), until logout.
  await login(page, base, patientLogin, password, true);
  await page.reload();
  await page.getByText(`Connecté : ${patientLogin}`).waitFor({ timeout: 15000 });

  // Two requests, an approval, a denial and the agent's fetch, each proven in the log (a fresh
  // event may wait for the next tree head, so the page is opened again until all are there).
  await page.getByRole("link", { name: "Historique des accès" }).click();
  let verified = 0;
  for (let attempt = 0; attempt < 10 && verified < 5; attempt++) {
    if (attempt > 0) {
      await go(page, "#/");
      await go(page, "#/history");
    }
    await page.locator("section.ticket").first().waitFor({ timeout: 60000 });
    verified = await page.locator('[data-verified="true"]').count();
  }
  expect(verified).toBe(5);
  expect(await page.locator('[data-verified="false"]').count()).toBe(0);
  const events = (await page.locator("li.event").allTextContents()).join("\n");
  for (const kind of ["Demande d'accès", "Accès accordé", "Accès refusé", "Données consultées par l'agent"]) {
    expect(events).toContain(kind);
  }
  await shot(page, "10-history");

  // Revoke the approved disclosure.
  await page.getByRole("link", { name: "Assistance" }).click();
  const approved = page.locator("article.request", { hasText: askReason });
  await approved.getByRole("button", { name: "Révoquer maintenant" }).click();
  await approved.getByText("Accès révoqué.").waitFor({ timeout: 30000 });

  // Logout deletes the stored session; a reload is then logged out.
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
