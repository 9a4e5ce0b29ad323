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
  // The agenda's decryption workers: ES modules, one self-contained file each, named so that
  // scripts/integrity.mjs does not preload them into the page (they run in their own thread).
  worker: {
    format: "es",
    rollupOptions: { output: { entryFileNames: "assets/worker-[name]-[hash].js", inlineDynamicImports: true } },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60000,
  },
});
