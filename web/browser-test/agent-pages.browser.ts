import { afterAll, beforeAll, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { env, fitsPhone, login, shot, watch } from "./patient-session";

/**
 * The support agent's page, driven by e2e's BrowserAgentTest in two runs with the Java SDK between
 * them. "ask": the agent reads the ticket the patient opened (SDK), replies, and asks twice (profile
 * and one appointment for 2 h; the address for 15 min; two appointments for 1 h). "disclosed", after
 * the patient approved the first two (SDK): the agent sees the disclosed values with live
 * countdowns; in the patient's page the patient revokes the first and approves the third for one
 * appointment only; the agent's page then says the first ended and shows one appointment of the
 * third; the browser's clock is moved past the second's expiry, and its values leave the page.
 */
const base = env("APARTE_URL");
const phase = env("APARTE_AGENT_PHASE");
const agentLogin = env("APARTE_AGENT_LOGIN");
const patientLogin = env("APARTE_PATIENT_LOGIN");
const password = env("APARTE_PATIENT_PASSWORD");
const subject = env("APARTE_TICKET_SUBJECT");
const patientMessage = env("APARTE_PATIENT_MESSAGE");
const agentReply = env("APARTE_AGENT_REPLY");
const askReason = env("APARTE_ASK_REASON");
const shortReason = env("APARTE_SHORT_REASON");
const perRecordReason = env("APARTE_PER_RECORD_REASON");

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});
afterAll(async () => {
  await browser?.close();
});

async function openTicket(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Guichet assistance", exact: true }).click({ timeout: 30000 });
  await page.getByRole("heading", { name: "Guichet de l'agent d'assistance" }).waitFor();
  await page.getByRole("link", { name: subject }).click({ timeout: 30000 });
  await page.getByRole("heading", { name: subject }).waitFor({ timeout: 30000 });
}

test.runIf(phase === "ask")("the agent reads the ticket, replies and asks for access", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);
  await login(page, base, agentLogin, password);
  await openTicket(page);
  await expect.poll(() => page.locator("ul.messages").textContent()).toContain(patientMessage);

  await page.getByLabel("Votre réponse à l'usager").fill(agentReply);
  await page.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect.poll(() => page.locator("ul.messages").textContent(), { timeout: 30000 }).toContain(agentReply);

  const profile = page.locator("fieldset", { hasText: "Profil de l'usager" });
  await profile.getByLabel("prénom", { exact: true }).check();
  await profile.getByLabel("téléphone", { exact: true }).check();
  await page.locator("fieldset", { hasText: "Rendez-vous 1" }).getByLabel("date", { exact: true }).check();
  await page.getByLabel("Motif de la demande (l'usager le lira)").fill(askReason);
  await page.getByLabel("Durée de l'accès").selectOption({ label: "2 heures" });
  await page.getByRole("button", { name: "Demander l'accès" }).click();
  const asked = page.locator("article.request", { hasText: askReason });
  await asked.waitFor({ timeout: 30000 });
  expect(await asked.locator(".state").textContent()).toBe("En attente");
  expect(await asked.textContent()).toContain("Profil de l'usager : prénom, téléphone");

  await page.locator("fieldset", { hasText: "Profil de l'usager" }).getByLabel("adresse", { exact: true }).check();
  await page.getByLabel("Motif de la demande (l'usager le lira)").fill(shortReason);
  await page.getByLabel("Durée de l'accès").selectOption({ label: "15 minutes" });
  await page.getByRole("button", { name: "Demander l'accès" }).click();
  await page.locator("article.request", { hasText: shortReason }).waitFor({ timeout: 30000 });

  for (const record of ["Rendez-vous 1", "Rendez-vous 2"]) {
    const set = page.locator("fieldset", { hasText: record });
    await set.getByLabel("date", { exact: true }).check();
    await set.getByLabel("cabinet", { exact: true }).check();
  }
  await page.getByLabel("Motif de la demande (l'usager le lira)").fill(perRecordReason);
  await page.getByRole("button", { name: "Demander l'accès" }).click();
  await page.locator("article.request", { hasText: perRecordReason }).waitFor({ timeout: 30000 });

  expect(await fitsPhone(page), "the agent's page fits 375 px").toBe(true);
  expect(errors, "no console errors or CSP violations").toEqual([]);
}, 180_000);

test.runIf(phase === "disclosed")("the agent sees the disclosures count down, then end", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  await page.clock.install();
  await page.setViewportSize({ width: 1100, height: 900 });
  watch(page, errors);
  await login(page, base, agentLogin, password);
  await openTicket(page);

  const wide = page.locator("article.request", { hasText: askReason });
  const disclosed = wide.locator(".disclosure");
  await disclosed.locator("dl").first().waitFor({ timeout: 30000 });
  const values = (await disclosed.locator("dd").allTextContents()).join("|");
  expect(values).toContain(env("APARTE_FIRST_NAME"));
  expect(values).toContain(env("APARTE_PHONE"));
  expect(values).toContain(env("APARTE_BOOKING_DATE"));
  const timer = disclosed.getByRole("timer");
  const first = (await timer.textContent()) ?? "";
  expect(first).toMatch(/^1 h 5\d min \d\d s$/);
  await expect.poll(() => timer.textContent(), { timeout: 10000 }).not.toBe(first);
  const short = page.locator("article.request", { hasText: shortReason });
  await short.locator("dd").waitFor({ timeout: 30000 });
  expect(await short.locator("dd").textContent()).toBe(env("APARTE_ADDRESS"));
  expect(await short.getByRole("timer").textContent()).toMatch(/^1[45] min \d\d s$/);
  expect(await fitsPhone(page), "the agent's page fits 375 px").toBe(true);
  await shot(page, "12-support-agent");
  await page.setViewportSize({ width: 1100, height: 900 });

  // The patient revokes the first in the patient's own page (another browser context).
  const patientBrowser = await launchChromium({ timezoneId: "Europe/Paris" });
  try {
    const patient = await patientBrowser.context.newPage();
    watch(patient, errors);
    await login(patient, base, patientLogin, password);
    await patient.getByRole("link", { name: "Assistance", exact: true }).click();
    const card = patient.locator("article.request", { hasText: askReason });
    await card.getByRole("button", { name: "Révoquer maintenant" }).click();
    await card.getByText("Accès révoqué.").waitFor({ timeout: 30000 });

    // The patient keeps one appointment of the third request and leaves the other out.
    const perRecord = patient.locator("article.request", { hasText: perRecordReason });
    const leftOut = perRecord.locator("li", { hasText: env("APARTE_LEFT_OUT_DAY") });
    const recordBox = leftOut.locator("input[data-record]");
    await recordBox.uncheck();
    expect(await leftOut.locator("input[data-field]:checked").count(), "unticking the record unticks its fields").toBe(0);
    await leftOut.getByLabel("date", { exact: true }).check();
    expect(await recordBox.evaluate((b) => (b as HTMLInputElement).indeterminate)).toBe(true);
    await recordBox.check();
    expect(await leftOut.locator("input[data-field]:not(:checked)").count(), "ticking the record ticks its fields").toBe(0);
    await recordBox.uncheck();
    await perRecord.getByRole("button", { name: "Accepter les champs cochés" }).click();
    await perRecord.getByText("Accès accordé.").waitFor({ timeout: 30000 });
  } finally {
    await patientBrowser.close();
  }
  await page.getByRole("button", { name: "Actualiser" }).click();
  await wide.getByText("Accès terminé", { exact: false }).waitFor({ timeout: 30000 });
  expect(await wide.locator(".state").textContent()).toBe("Révoqué");
  expect(await wide.locator("dd").count(), "no revoked value left on the page").toBe(0);
  const kept = page.locator("article.request", { hasText: perRecordReason }).locator(".disclosure dl");
  await kept.first().waitFor({ timeout: 30000 });
  expect(await kept.count(), "one appointment of the two asked").toBe(1);

  // Past the short one's authenticated expiry (browser clock), its values leave the page.
  await short.getByRole("timer").waitFor();
  await page.clock.fastForward("16:00");
  await short.getByText("Accès expiré : les données ne sont plus affichées.").waitFor({ timeout: 10000 });
  expect(await short.locator("dd").count(), "no expired value left on the page").toBe(0);
  expect(errors, "no console errors or CSP violations").toEqual([]);
}, 240_000);
