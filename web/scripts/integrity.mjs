// After `vite build`: subresource integrity on the bundle, and the bundle's published hash.
//
// 1. Every script and stylesheet index.html loads gets integrity="sha384-…"; every other JS chunk
//    gets a <link rel="modulepreload" integrity=…>, so the browser checks it before it runs
//    (except the Web Workers, assets/worker-*.js: covered by the bundle hash below, not by SRI,
//    since a Worker constructor takes no integrity).
// 2. aparte-bundle.json (served at /.well-known/aparte-bundle.json) lists the SHA-256 of every
//    file and the bundle hash: SHA-256 of the `sha256sum`-style listing "<hex>  <path>\n", sorted
//    by path, of every file except the manifest itself. An auditor fetches each file from the
//    server, recomputes the listing and compares the hash with the one published elsewhere.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const out = process.argv[2] ?? "target/classes/aparte-web";
const MANIFEST = ".well-known/aparte-bundle.json";

const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const indexPath = join(out, "index.html");
let html = readFileSync(indexPath, "utf8");
const referenced = new Set();
html = html.replace(/<(script|link)\b([^>]*?)\b(src|href)="(\/assets\/[^"]+\.(?:js|css))"([^>]*)>/g, (tag, name, before, attr, url, after) => {
  if (/integrity=/.test(tag)) throw new Error(`integrity already set: ${tag}`);
  referenced.add(url);
  const sri = `sha384-${digest("sha384", readFileSync(join(out, url)), "base64")}`;
  return `<${name}${before}${attr}="${url}" integrity="${sri}"${after}>`;
});
const chunks = files(join(out, "assets"))
  .map((path) => "/" + relative(out, path).split(sep).join("/"))
  // Workers are not page modules: the page never imports them, the Worker constructor loads them.
  .filter((url) => url.endsWith(".js") && !referenced.has(url) && !url.startsWith("/assets/worker-"))
  .sort();
const preloads = chunks
  .map((url) => `    <link rel="modulepreload" crossorigin href="${url}" integrity="sha384-${digest("sha384", readFileSync(join(out, url)), "base64")}">\n`)
  .join("");
html = html.replace("  </head>", `${preloads}  </head>`);
writeFileSync(indexPath, html);

const listing = files(out)
  .map((path) => relative(out, path).split(sep).join("/"))
  .filter((path) => path !== MANIFEST)
  .sort()
  .map((path) => `${digest("sha256", readFileSync(join(out, path)), "hex")}  ${path}\n`)
  .join("");
const bundleHash = digest("sha256", Buffer.from(listing, "utf8"), "hex");
const manifest = {
  version: 1,
  algorithm: "sha256 of the sorted sha256sum listing",
  files: listing.trimEnd().split("\n").map((line) => ({ path: line.slice(66), sha256: line.slice(0, 64) })),
  bundleHash,
};
mkdirSync(join(out, ".well-known"), { recursive: true });
writeFileSync(join(out, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
console.log(`aparte web bundle hash: ${bundleHash}`);
