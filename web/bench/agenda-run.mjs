// Serves the web sources with Vite and runs bench/agenda.html in headless Chromium (as the browser
// tests launch it), printing what the page measured. Usage: node bench/agenda-run.mjs [n] [runs]
import { createServer } from "vite";
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const n = Number(process.argv[2] ?? "1000");
const runs = Number(process.argv[3] ?? "3");
const server = await createServer({ root: new URL("..", import.meta.url).pathname, server: { port: 0 }, logLevel: "error" });
await server.listen();
const url = server.resolvedUrls.local[0];
const profile = mkdtempSync(join(tmpdir(), "aparte-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.APARTE_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    await page.goto(`${url}bench/agenda.html?n=${n}`);
    await page.waitForFunction(() => document.getElementById("out")?.textContent !== "running", undefined, { timeout: 300000 });
    console.log(await page.locator("#out").textContent());
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
