import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; playwright's own browser downloads are not used (and not reachable). */
export const CHROMIUM = process.env["APARTE_CHROMIUM"] ?? "/usr/bin/chromium";

export interface LaunchedBrowser {
  /** One persistent context on a fresh, throw-away profile directory. */
  readonly context: BrowserContext;
  /** The profile directory, named on every Chromium process's command line. */
  readonly profile: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { timezoneId?: string } = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium package: ` +
        "run `apt-get install -y chromium` (as root), or set APARTE_CHROMIUM to a Chromium binary.",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "aparte-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
