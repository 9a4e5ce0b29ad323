import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";

/**
 * Against a real server (APARTE_URL) whose database holds a practice named APARTE_PRACTICE_NAME
 * with specialty cardiology in Paris: open the app, search, see the practice, open its page.
 */
const base = process.env["APARTE_URL"] ?? "";
const practiceName = process.env["APARTE_PRACTICE_NAME"] ?? "";
let launched: LaunchedBrowser;

beforeAll(async () => {
  if (base === "" || practiceName === "") {
    throw new Error("set APARTE_URL and APARTE_PRACTICE_NAME (the e2e module's BrowserSearchTest does)");
  }
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

test("a visitor searches by specialty and place and sees the practice", async () => {
  const page = await launched.context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      violations.push(message.text());
      console.log(`browser console error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      console.log(`browser got ${response.status()} for ${response.url()}`);
    }
  });
  page.on("pageerror", (error) => {
    violations.push(error.message);
    console.log(`browser page error: ${error.message}`);
  });
  await page.goto(`${base}/`);
  await expect.poll(() => page.locator("h1").textContent()).toBe("Trouver un praticien");
  await page.getByLabel("Spécialité").fill("cardiologue");
  await page.getByLabel("Lieu").selectOption({ label: "Paris (75001)" });
  await page.getByRole("button", { name: "Rechercher" }).click();
  const link = page.getByRole("link", { name: practiceName });
  await link.waitFor({ timeout: 15000 });
  await link.click();
  await page.getByRole("heading", { level: 1, name: practiceName }).waitFor({ timeout: 15000 });
  await page.getByRole("heading", { name: "Créneaux libres" }).waitFor();
  expect(violations, "no console errors (a CSP violation would show here)").toEqual([]);
});

test("the page switches to English", async () => {
  const page = await launched.context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel("Langue").selectOption("en");
  await page.getByRole("heading", { name: "Find a practitioner" }).waitFor({ timeout: 5000 });
});
