import { defineConfig } from "vitest/config";

// The bundle lands where Maven packages it: target/classes/aparte-web in the web module's jar.
export default defineConfig({
  build: {
    outDir: "target/classes/aparte-web",
    emptyOutDir: true,
    // No inline scripts or styles, so the Content-Security-Policy needs no 'unsafe-inline'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60000,
  },
});
