import { defineConfig } from "vitest/config";

// The browser tests: headless Debian Chromium against a running server (see browser-test/).
export default defineConfig({
  test: {
    include: ["browser-test/**/*.browser.ts"],
    environment: "node",
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
