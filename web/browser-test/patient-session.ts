import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** Shared steps of the patient pages' browser tests (not a test file itself). */
export const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`set ${name} (e2e's BrowserPatientTest does)`);
  return value;
};

/**
 * Collects console errors, page errors and failed API answers. Chromium logs every non-2xx fetch
 * as a console error; those are judged by URL instead: a log entry written in the last second is
 * not yet under a tree head (inclusion proof 404, key proof 503) and the app retries it.
 */
export function watch(page: Page, errors: string[]): void {
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (response) => {
    const status = response.status();
    if (status < 400) return;
    const path = new URL(response.url()).pathname;
    const queued =
      (path === "/v1/log/proof/inclusion" && status === 404) || (path.startsWith("/v1/log/keys/") && status === 503);
    if (!queued) errors.push(`HTTP ${status} ${path}`);
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env["APARTE_SCREENSHOTS"] ?? "";
  if (dir === "") return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Changes the route without reloading (a reload logs out: the keys live in memory). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
}

/** No horizontal scrolling on a phone-sized screen. */
export async function fitsPhone(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 375, height: 800 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= 375);
  return fits;
}

export async function register(page: Page, base: string, login: string, password: string): Promise<void> {
  await page.goto(`${base}/#/register`);
  await page.getByLabel("Adresse e-mail").fill(login);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const code = (await page.getByTestId("recovery-code").textContent({ timeout: 30000 })) ?? "";
  await page.getByLabel("Recopiez le code pour confirmer que vous l'avez noté").fill(code);
  await page.getByRole("button", { name: "J'ai noté mon code" }).click();
  await page.getByText(`Connecté : ${login}`).waitFor({ timeout: 10000 });
}

export async function login(page: Page, base: string, login: string, password: string, remember = false): Promise<void> {
  await page.goto(`${base}/#/login`);
  await page.getByLabel("Adresse e-mail").fill(login);
  await page.getByLabel("Mot de passe").fill(password);
  if (remember) await page.getByLabel("Rester connecté sur cet appareil", { exact: false }).check();
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText(`Connecté : ${login}`).waitFor({ timeout: 30000 });
}
