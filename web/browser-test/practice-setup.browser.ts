import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";

/**
 * Practice set-up in the browser (driven by e2e's BrowserPracticeSetupTest, which then checks
 * with the Java SDK what the browser created): a practitioner logs in, creates a practice (its
 * key made and wrapped in the browser), adds a visit type, opens two weekly windows and closes
 * one day. French labels, as the person sees them; also checked at 375 px wide.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`set ${name} (e2e's BrowserPracticeSetupTest does)`);
  return value;
};
const base = env("APARTE_URL");
const login = env("APARTE_MEMBER_LOGIN");
const password = env("APARTE_MEMBER_PASSWORD");
const practiceName = env("APARTE_PRACTICE_NAME");
const visitType = env("APARTE_VISIT_TYPE");
const openWeekday = env("APARTE_OPEN_WEEKDAY");
const closedWeekday = env("APARTE_CLOSED_WEEKDAY");
const closedDay = env("APARTE_CLOSED_DAY");
const openDay = env("APARTE_OPEN_DAY");
const phoneReason = env("APARTE_PHONE_REASON");
const phoneLastName = env("APARTE_PHONE_LAST_NAME");
const otherAccount = env("APARTE_OTHER_ACCOUNT_ID");
const otherKey = env("APARTE_OTHER_PUBLIC_KEY");
const screenshots = process.env["APARTE_SCREENSHOTS"] ?? "";

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchChromium({ timezoneId: "Europe/Paris" });
});

afterAll(async () => {
  await browser?.close();
});

test("a practitioner sets up a practice: profile, visit type, hours, closure", async () => {
  const errors: string[] = [];
  const page = await browser.context.newPage();
  page.on("console", (m) => {
    // A key created seconds ago (the rotated practice key) is answered 503 until the next tree
    // head; the app retries by design, and Chromium logs each 503 as a failed resource load.
    if (m.type() === "error" && !m.text().includes("status of 503")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${base}/#/login`);
  await page.getByLabel("Adresse e-mail").fill(login);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText(`Connecté : ${login}`).waitFor({ timeout: 30000 });
  await page.getByRole("link", { name: "Configuration du cabinet" }).click();

  // No practice yet: the creation form is the page.
  await page.getByRole("heading", { name: "Créer un cabinet" }).waitFor();
  await page.getByLabel("Nom du cabinet").fill(practiceName);
  await page.getByLabel("Praticiens (séparés par des virgules)").fill("Dr Claire Navigateur, Dr Paul Test");
  await page.getByLabel("Spécialité").selectOption("cardiologie");
  await page.getByLabel("Adresse", { exact: true }).fill("1 rue du Navigateur");
  await page.getByLabel("Ville").fill("Paris");
  await page.getByLabel("Code postal").fill("75001");
  await page.getByLabel("Latitude").fill("48.8566");
  await page.getByLabel("Longitude").fill("2.3522");
  await page.getByLabel("Téléphone").fill("+33 1 23 45 67 89");
  await page.getByRole("button", { name: "Créer le cabinet" }).click();
  await page.getByRole("heading", { name: "Types de consultation" }).waitFor({ timeout: 30000 });
  expect(await page.locator("#setup-practice option:checked").textContent()).toBe(practiceName);

  // A visit type, then it is listed.
  await page.getByText("Aucun type de consultation.").waitFor();
  await page.getByLabel("Nom", { exact: true }).fill(visitType);
  await page.getByLabel("Durée (minutes)").fill("30");
  await page.getByRole("button", { name: "Ajouter le type de consultation" }).click();
  await page.getByText(`${visitType} — 30 min, 1 × — en ligne`).waitFor({ timeout: 15000 });

  // Two weekly windows, saved at once.
  await page.getByLabel("Type de consultation").selectOption({ label: visitType });
  await page.locator("#hours-day-0").selectOption(openWeekday);
  await page.locator("#hours-from-0").fill("09:00");
  await page.locator("#hours-to-0").fill("12:00");
  await page.getByRole("button", { name: "Ajouter une plage" }).click();
  await page.locator("#hours-day-1").selectOption(closedWeekday);
  await page.locator("#hours-from-1").fill("09:00");
  await page.locator("#hours-to-1").fill("12:00");
  await page.getByRole("button", { name: "Enregistrer les horaires" }).click();
  await page.getByText("Horaires enregistrés.").waitFor({ timeout: 15000 });

  // One closed day for the whole practice.
  await page.getByLabel("Premier jour fermé").fill(closedDay);
  await page.getByLabel("Dernier jour fermé").fill(closedDay);
  await page.getByRole("button", { name: "Ajouter la fermeture" }).click();
  await page.getByText("Fermeture enregistrée.").waitFor({ timeout: 15000 });

  // Opened again (the session is in memory only, so away and back rather than a reload), the page
  // reads back what the server stores: both windows, the closure, and the public profile, which an
  // admin edits in place.
  const openSetupAgain = async (): Promise<void> => {
    await page.goto(`${base}/#/members`);
    await page.goto(`${base}/#/practice-setup`);
    await page.getByRole("heading", { name: "Profil public du cabinet" }).waitFor({ timeout: 30000 });
  };
  await openSetupAgain();
  await page.locator("#hours-visit-type").selectOption({ label: visitType });
  expect(await page.locator("#hours-day-0").inputValue()).toBe(openWeekday);
  expect(await page.locator("#hours-from-0").inputValue()).toBe("09:00");
  expect(await page.locator("#hours-to-0").inputValue()).toBe("12:00");
  expect(await page.locator("#hours-day-1").inputValue()).toBe(closedWeekday);
  await page.getByTestId("closures").getByText(closedDay).waitFor();
  expect(await page.locator("#edit-name").inputValue()).toBe(practiceName);
  await page.locator("#edit-phone").fill("+33 1 98 76 54 32");
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await page.getByText("Profil enregistré.").waitFor({ timeout: 15000 });
  await openSetupAgain();
  expect(await page.locator("#edit-phone").inputValue()).toBe("+33 1 98 76 54 32");

  // Every control of the page can be reached with the keyboard and is labelled.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("main input, main select")].filter((e) => e.id === "" || document.querySelector(`label[for="${e.id}"]`) === null).length,
  );
  expect(unlabelled).toBe(0);

  if (screenshots !== "") {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, "07-practice-setup.png"), fullPage: true });
  }
  // A phone-sized screen: nothing wider than the viewport.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  if (screenshots !== "") await page.screenshot({ path: join(screenshots, "08-practice-setup-phone.png") });
  await page.setViewportSize({ width: 1100, height: 900 });

  // A patient phones: the member books for them from the agenda, then reads it there, decrypted.
  await page.goto(`${base}/#/agenda/${openDay}`);
  await page.getByRole("link", { name: "Réserver au téléphone" }).click();
  await page.getByRole("heading", { name: "Réserver pour un patient au téléphone" }).waitFor({ timeout: 30000 });
  await page.locator("#phone-slot option").first().waitFor({ state: "attached", timeout: 30000 });
  expect(await page.locator("#phone-slot option").first().textContent()).toBe("09:00");
  await page.getByLabel("Prénom").fill("Odile");
  await page.getByLabel("Nom", { exact: true }).fill(phoneLastName);
  await page.getByLabel("Motif de la consultation").fill(phoneReason);
  await page.getByRole("button", { name: "Réserver", exact: true }).click();
  await page.getByText("Rendez-vous réservé et chiffré pour le cabinet.").waitFor({ timeout: 30000 });
  expect(await page.getByTestId("cancel-secret").textContent()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  if (screenshots !== "") await page.screenshot({ path: join(screenshots, "10-phone-booking.png"), fullPage: true });
  await page.getByRole("link", { name: "Retour à l'agenda" }).click();
  await page.getByText(phoneReason).waitFor({ timeout: 30000 });
  await page.getByText(`Odile ${phoneLastName}`).waitFor();

  // Members: a key the log does not show as the account's own is refused, nothing is sent.
  await page.getByRole("link", { name: "Membres" }).click();
  await page.getByRole("heading", { name: "Ajouter un membre" }).waitFor({ timeout: 30000 });
  const ownKey = (await page.getByTestId("own-public-key").textContent()) ?? "";
  await page.getByLabel("Identifiant du compte").fill(otherAccount);
  await page.getByLabel("Clé publique du membre (base64)").fill(ownKey);
  await page.getByRole("button", { name: "Ajouter le membre" }).click();
  await page.getByText("Refusé : le journal de transparence ne montre pas cette clé").waitFor({ timeout: 30000 });
  expect(await page.locator(`li[data-account="${otherAccount}"]`).count()).toBe(0);

  // The right key: added, listed.
  await page.getByLabel("Identifiant du compte").fill(otherAccount);
  await page.getByLabel("Clé publique du membre (base64)").fill(otherKey);
  await page.getByRole("button", { name: "Ajouter le membre" }).click();
  await page.getByText("Membre ajouté").waitFor({ timeout: 30000 });
  await page.locator(`li[data-account="${otherAccount}"]`).waitFor();
  expect(await page.locator("ul.members li").count()).toBe(2);
  if (screenshots !== "") await page.screenshot({ path: join(screenshots, "09-members.png"), fullPage: true });

  // Removed: the practice key is rotated to version 2, wrapped to the admin only.
  await page.locator(`li[data-account="${otherAccount}"]`).getByRole("button", { name: "Retirer du cabinet" }).click();
  await page.getByText("Membre retiré. La clé du cabinet a été renouvelée : version 2.").waitFor({ timeout: 30000 });
  expect(await page.locator("ul.members li").count()).toBe(1);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1100, height: 900 });

  // The audit page: the log and every key the app uses, checked in this browser.
  await page.getByRole("link", { name: "Vérifier le journal" }).click();
  await page.getByText("Tout est vérifié.").waitFor({ timeout: 60000 });
  expect(await page.locator('ul.audit li[data-state="failed"]').count()).toBe(0);
  for (const name of ["Tête d'arbre signée", "Empreinte de cette application", "Clés de votre compte", `Clé du cabinet ${practiceName}`]) {
    await page.locator('ul.audit li[data-state="verified"]', { hasText: name }).waitFor();
  }
  if (screenshots !== "") await page.screenshot({ path: join(screenshots, "11-audit.png"), fullPage: true });
  expect(errors).toEqual([]);
}, 300_000);
