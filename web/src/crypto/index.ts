export * from "./bytes";
export * from "./errors";
export { Labels } from "./labels";
export * from "./keys";
export * from "./record";
export * from "./wrap";
export * from "./stream";
export * from "./password";
export { RecoveryCode } from "./recovery";
export * from "./signature";
export { type RandomSource, secureRandom } from "./random";
// token.ts, token-issuance.ts and issuer-key.ts are imported directly, not re-exported here:
// @cloudflare/blindrsa-ts bundles sjcl, which the bundler cannot drop, so re-exporting them would
// add ~40 KB to every page before any screen uses booking tokens.
