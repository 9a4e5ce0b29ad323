import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";

/**
 * The pharmacist's page (#/verify) against a real server (set up by e2e's
 * BrowserPrescriptionVerifyTest, which signed the code with the SDK): authentic, naming the
 * practitioner as signed; one character changed, not authentic. Nothing is logged in.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`set ${name} (e2e's BrowserPrescriptionVerifyTest does)`);
  return value;
};
const base = env("APARTE_URL");
const code = env("APARTE_RX_CODE");
const practitioner = env("APARTE_RX_PRACTITIONER");

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});

afterAll(async () => {
  await browser?.close();
});

test("a pharmacist checks a prescription code in the browser", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30000);
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/#/`);
  await page.getByRole("link", { name: "Vérifier une ordonnance" }).click();
  await page.getByRole("heading", { name: "Vérifier une ordonnance" }).waitFor();

  await page.getByLabel("Texte du QR code").fill(code);
  await page.getByRole("button", { name: "Vérifier" }).click();
  const result = page.getByTestId("verify-result");
  await result.locator('[data-verdict="authentic"]').waitFor();
  expect(await result.textContent()).toContain(practitioner);
  expect(await result.textContent()).toContain("Amoxicilline 1 g");

  // One character of the signed part changed: refused, with the reason.
  const at = 20;
  const changed = code.slice(0, at) + (code[at] === "A" ? "B" : "A") + code.slice(at + 1);
  await page.getByLabel("Texte du QR code").fill(changed);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await result.locator("[data-verdict]").waitFor();
  expect(await result.locator("[data-verdict]").getAttribute("data-verdict")).not.toBe("authentic");
  expect(await result.textContent()).toMatch(/NON AUTHENTIQUE|illisible/);
  expect(errors).toEqual([]);
}, 120000);
