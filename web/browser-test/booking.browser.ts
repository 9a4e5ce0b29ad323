import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./chromium";
import { processCpuMs } from "./process-cpu";

/**
 * The scenario against a real server (set up by e2e's BrowserBookingTest): a patient
 * registers, searches, books for a relative with a reason; in another browser the practice member
 * logs in and reads the decrypted booking (and one the Java SDK made); the patient cancels and the
 * practice sees it. Screenshots of the main screens go to APARTE_SCREENSHOTS when set.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`set ${name} (e2e's BrowserBookingTest does)`);
  return value;
};
const base = env("APARTE_URL");
const practiceName = env("APARTE_PRACTICE_NAME");
const patientLogin = env("APARTE_PATIENT_LOGIN");
const patientPassword = env("APARTE_PATIENT_PASSWORD");
const memberLogin = env("APARTE_MEMBER_LOGIN");
const memberPassword = env("APARTE_MEMBER_PASSWORD");
const reason = env("APARTE_BROWSER_REASON");
const relativeFirstName = env("APARTE_RELATIVE_FIRST_NAME");
const sdkReason = env("APARTE_SDK_REASON");
const sdkDay = env("APARTE_SDK_DAY");
const screenshots = process.env["APARTE_SCREENSHOTS"] ?? "";

let patientBrowser: LaunchedBrowser;
let practiceBrowser: LaunchedBrowser;

beforeAll(async () => {
  patientBrowser = await launchChromium({ timezoneId: "Europe/Paris" });
  practiceBrowser = await launchChromium({ timezoneId: "Europe/Paris" });
});

afterAll(async () => {
  await patientBrowser?.close();
  await practiceBrowser?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  if (screenshots === "") return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

function watch(page: Page, errors: string[]): void {
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (request) => {
    // The booking path carries no session: no Authorization header, no cookie.
    if (request.url().endsWith("/v1/bookings") && request.method() === "POST") {
      const headers = request.headers();
      if (headers["authorization"] !== undefined || headers["cookie"] !== undefined) {
        errors.push("the booking request carried credentials");
      }
    }
  });
}

test("a patient books for a relative; the practice reads it; the patient cancels; the practice sees it", async () => {
  const errors: string[] = [];
  const patient = await patientBrowser.context.newPage();
  await patient.setViewportSize({ width: 1100, height: 900 });
  watch(patient, errors);

  // Register, confirm the recovery code.
  await patient.goto(`${base}/#/register`);
  await patient.getByLabel("Adresse e-mail").fill(patientLogin);
  await patient.getByLabel("Mot de passe").fill(patientPassword);
  await patient.getByRole("button", { name: "Créer le compte" }).click();
  const code = (await patient.getByTestId("recovery-code").textContent({ timeout: 30000 })) ?? "";
  await patient.getByLabel("Recopiez le code pour confirmer que vous l'avez noté").fill(code);
  await patient.getByRole("button", { name: "J'ai noté mon code" }).click();
  await patient.getByText(`Connecté : ${patientLogin}`).waitFor({ timeout: 10000 });

  // Search, open the practice, pick the first free slot.
  await patient.goto(`${base}/#/`);
  await patient.getByLabel("Spécialité").fill("cardiologue");
  await patient.getByLabel("Lieu").selectOption({ label: "Paris (75001)" });
  await patient.getByRole("button", { name: "Rechercher" }).click();
  await shot(patient, "01-search");
  await patient.getByRole("link", { name: practiceName }).click();
  const slot = patient.locator("button.slot").first();
  await slot.waitFor({ timeout: 15000 });
  await shot(patient, "02-practice-calendar");
  const slotId = (await slot.getAttribute("data-slot")) ?? "";
  const bookedDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(
    new Date(slotId.slice(slotId.indexOf("@") + 1)),
  );
  await slot.click();

  // Book for a new relative, with a reason, using only the keyboard-reachable labelled fields.
  await patient.getByLabel("Pour qui ?").selectOption({ label: "Un proche (nouveau)" });
  const details = patient.locator("fieldset", { hasText: "Vos coordonnées" });
  await details.getByLabel("Prénom", { exact: true }).fill("Camille");
  await details.getByLabel("Nom", { exact: true }).fill("Navigateur");
  await details.getByLabel("Téléphone").fill("+33 6 00 00 00 00");
  const relative = patient.locator("fieldset", { hasText: "Le proche" });
  await relative.getByLabel("Prénom", { exact: true }).fill(relativeFirstName);
  await relative.getByLabel("Nom", { exact: true }).fill("Navigateur");
  await relative.getByLabel("Date de naissance").fill("2018-05-04");
  await relative.getByLabel("Lien de parenté").fill("fille");
  await patient.getByLabel("Motif de la consultation").fill(reason);
  await shot(patient, "03-booking-form");
  const started = performance.now();
  await patient.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await patient.getByTestId("booked").waitFor({ timeout: 30000 });
  console.log(`measured: booking from "confirm" to confirmation (incl. log proof of the practice key): ${Math.round(performance.now() - started)} ms`);

  // The appointment, from the encrypted vault (the page waits for the delayed vault write).
  await patient.getByRole("link", { name: "Mes rendez-vous" }).first().click();
  const appointment = patient.locator("li.appointment").first();
  await appointment.waitFor({ timeout: 30000 });
  await expect.poll(() => appointment.textContent()).toContain(`Pour : ${relativeFirstName} Navigateur`);
  await expect.poll(() => appointment.textContent()).toContain("Confirmé");
  await expect.poll(() => appointment.textContent()).toContain(practiceName);
  await shot(patient, "04-appointments");

  // The practice, in another browser: log in (Argon2id), open the agenda on the booked day.
  const practice = await practiceBrowser.context.newPage();
  await practice.setViewportSize({ width: 1100, height: 900 });
  watch(practice, errors);
  await practice.goto(`${base}/#/login`);
  await practice.getByLabel("Adresse e-mail").fill(memberLogin);
  await practice.getByLabel("Mot de passe").fill(memberPassword);
  const loginStarted = performance.now();
  await practice.getByRole("button", { name: "Se connecter" }).click();
  await practice.getByText(`Connecté : ${memberLogin}`).waitFor({ timeout: 30000 });
  console.log(`measured: practice login in Chromium, Argon2id included: ${Math.round(performance.now() - loginStarted)} ms`);
  await practice.goto(`${base}/#/agenda/${bookedDay}`);
  const row = practice.locator("tr", { hasText: reason });
  await row.waitFor({ timeout: 30000 });
  expect(await row.textContent()).toContain(`${relativeFirstName} Navigateur`);
  expect(await row.textContent()).toContain("Confirmé");
  await shot(practice, "05-agenda-day");
  await practice.getByLabel("Vue").selectOption("week");
  await practice.waitForFunction(() => document.querySelectorAll("section.agenda-day").length === 7);
  await practice.locator("tr", { hasText: reason }).waitFor({ timeout: 30000 });
  await shot(practice, "06-agenda-week");

  // The booking the Java SDK made is readable here too; the member marks it arrived.
  await practice.goto(`${base}/#/agenda/${sdkDay}`);
  const sdkRow = practice.locator("tr", { hasText: sdkReason });
  await sdkRow.waitFor({ timeout: 30000 });
  await sdkRow.getByRole("button", { name: "Marquer arrivé" }).click();
  await expect.poll(() => practice.locator("tr", { hasText: sdkReason }).textContent(), { timeout: 15000 }).toContain("Arrivé");

  // The patient cancels; the practice sees it.
  await patient.getByRole("button", { name: "Annuler le rendez-vous" }).click();
  await expect.poll(() => appointment.textContent(), { timeout: 15000 }).toContain("Annulé par le patient");
  await practice.goto(`${base}/#/agenda/${bookedDay}`);
  await expect
    .poll(() => practice.locator("tr", { hasText: reason }).textContent(), { timeout: 15000 })
    .toContain("Annulé par le patient");

  // English is selectable on the agenda too.
  await practice.getByLabel("Langue").selectOption("en");
  await practice.getByRole("heading", { name: "Agenda" }).waitFor();

  // Let the cancellation's delayed vault write land before the Java side reads the vault.
  await patient.goto(`${base}/#/appointments`);
  await patient.locator("li.appointment").first().waitFor({ timeout: 30000 });
  expect(errors, "no console errors, CSP violations or credentials on the booking path").toEqual([]);
  console.log(`browser booked ${slotId}`);
});

test("the server serves the bundle the build published: every file's hash, the bundle hash, SRI", async () => {
  const sha = async (algorithm: string, bytes: ArrayBuffer): Promise<Uint8Array> =>
    new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
  const manifest = (await (await fetch(`${base}/.well-known/aparte-bundle.json`)).json()) as {
    files: { path: string; sha256: string }[];
    bundleHash: string;
  };
  let listing = "";
  for (const file of manifest.files) {
    const served = await (await fetch(`${base}/${file.path}`)).arrayBuffer();
    expect(hex(await sha("SHA-256", served)), file.path).toBe(file.sha256);
    listing += `${file.sha256}  ${file.path}\n`;
  }
  expect(hex(await sha("SHA-256", new TextEncoder().encode(listing).buffer))).toBe(manifest.bundleHash);
  expect(manifest.files.map((f) => f.path)).toContain("index.html");
  const html = await (await fetch(`${base}/`)).text();
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*integrity="sha384-([^"]+)"/g)];
  expect(scripts.length).toBe(1);
  for (const [, url, integrity] of scripts) {
    const served = await (await fetch(`${base}${url}`)).arrayBuffer();
    expect(Buffer.from(await sha("SHA-384", served)).toString("base64")).toBe(integrity);
  }
  expect(html).not.toMatch(/<script(?![^>]*integrity)[^>]*src=/);
  expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*integrity)/);
  console.log(`bundle hash served: ${manifest.bundleHash}`);
});

test("measured: the agenda decrypts and shows a week of 1,000 bookings", async () => {
  // The Java side seeded a second practice's week of 2030-01-07 in the real server's database:
  // 1,000 bookings from Monday to Saturday and 10 on Sunday, each sealed by the SDK to the
  // practice's real key. Its member opens Sunday first (the page loads, its workers start and warm
  // up, as when a practice opens its agenda), so the week's 1,000 are all opened for the first
  // time: each unwrapped (X-Wing) and decrypted with the practice key, from the server's answer.
  const loadMember = env("APARTE_LOAD_MEMBER_LOGIN");
  const weekRows = 1010;
  const page = await practiceBrowser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${base}/#/login`);
  await page.locator("#language").selectOption("fr");
  await page.getByLabel("Adresse e-mail").fill(loadMember);
  await page.getByLabel("Mot de passe").fill(memberPassword);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText(`Connecté : ${loadMember}`).waitFor({ timeout: 30000 });
  await page.goto(`${base}/#/agenda/2030-01-13`);
  await page.waitForFunction(() => document.querySelectorAll("tr[data-booking]").length === 10, undefined, { timeout: 60000 });
  // The clock stops when the week's last row is in the document and a frame has run (waitForFunction
  // polls once per animation frame): every row attached, the visible days laid out and painted;
  // days below the fold are skipped by content-visibility until scrolled near.
  // With APARTE_AGENDA_PROFILE=/some/prefix, the page's main thread is profiled during each
  // view switch (Chromium's CPU profiler over CDP), written as PREFIX-NAME.cpuprofile.
  const profileTo = process.env["APARTE_AGENDA_PROFILE"] ?? "";
  const week = async (name: string): Promise<{ line: string; reused: string | undefined }> => {
    await page.getByLabel("Vue").selectOption("day");
    await page.waitForFunction(() => document.querySelectorAll("tr[data-booking]").length === 10, undefined, { timeout: 60000 });
    const cdp = profileTo === "" ? null : await page.context().newCDPSession(page);
    await cdp?.send("Profiler.enable");
    await cdp?.send("Profiler.start");
    const cpuBefore = processCpuMs(practiceBrowser.profile);
    const started = performance.now();
    await page.getByLabel("Vue").selectOption("week");
    await page.waitForFunction((n) => document.querySelectorAll("tr[data-booking]").length === n, weekRows, { timeout: 60000 });
    const total = Math.round(performance.now() - started);
    const cpuAfter = processCpuMs(practiceBrowser.profile);
    const cpu = cpuBefore === null || cpuAfter === null ? "-" : String(cpuAfter - cpuBefore);
    if (cdp !== null) writeFileSync(`${profileTo}-${name}.cpuprofile`, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    const data = await page.locator("[data-decrypt-ms]").evaluate((e) => ({ ...(e as HTMLElement).dataset }));
    // The week's answer as the browser saw it (Resource Timing): wait for the first byte, body.
    const answer = await page.evaluate(() => {
      const last = performance.getEntriesByType("resource").filter((r) => r.name.includes("/bookings?")).pop() as PerformanceResourceTiming | undefined;
      return last === undefined ? "-" : `${Math.round(last.responseStart - last.requestStart)} ms to the first byte, ${Math.round(last.responseEnd - last.responseStart)} ms for ${Math.round(last.encodedBodySize / 1024)} KB (${Math.round(last.decodedBodySize / 1024)} KB decoded)`;
    });
    const busy = (data["workerBusyMs"] ?? "").split(",").filter((b) => b !== "").map(Number);
    const perBooking = busy.length === 0 ? "-" : (busy.reduce((a, b) => a + b, 0) / Number(data["opened"])).toFixed(2);
    const line =
      `${total} ms (answer: ${answer}; fetch and decryption: ${data["decryptMs"]} ms, of which decryption ${data["openMs"]} ms (rows of the first days built meanwhile) in ` +
      `${data["workers"]} Web Workers busy ${busy.join(" + ")} ms, ${perBooking} ms per booking; rows built ${data["buildMs"]} ms; ` +
      `CPU of all Chromium processes ${cpu} ms)`;
    return { line, reused: data["reused"] };
  };
  const first = await week("first");
  console.log(`measured: agenda week of 1,000 bookings (1,010 rows, 10 opened before), first view, from the server, in Chromium: ${first.line}`);
  expect(first.reused, "only Sunday's 10, opened by the day view").toBe("10");
  expect(await page.locator("tr[data-booking]").count()).toBe(weekRows);
  // The same week again (back from the day view): the page keeps what it opened (memory only),
  // so nothing is decapsulated again; the server's answer is still fetched and compared.
  const again = await week("again");
  console.log(`measured: agenda week of 1,010 bookings, seen again in the same session: ${again.line}`);
  expect(again.reused).toBe(String(weekRows));
}, 300_000);
