import { KeyKind, decodePrivateKey, encodeKey, publicKeyOf, toHex, utf8, equalBytes } from "../crypto";
import { leafHash, verifyInclusion } from "../log/merkle";
import type { Session } from "./account";
import { api, fromBase64 } from "./api";
import { EntryKind, TOKEN_ISSUER_SUBJECT, decodeKeyEntry } from "./log/entries";
import { refreshTreeHead, requireLogged } from "./log/directory";
import { requireLoggedAccountKey } from "./log/account-key";
import { myPractices } from "./practice-side";

/**
 * What the audit page checks, in the browser, each on its own so one failure does not hide the
 * others: the tree head (signature under the pinned log key, consistency with the last head this
 * browser saw), then the inclusion of every key the app uses and of the served bundle's hash.
 * A check resolves with a detail to show, or throws; "none" means there is nothing to check.
 */
export interface AuditCheck {
  readonly label: string;
  readonly run: () => Promise<string>;
}

export const NOTHING = "none";
const NOTIFIER_SUBJECT = "00000000-0000-0000-0000-000000000005";
const WEB_BUNDLE_SUBJECT = "00000000-0000-0000-0000-000000000008";

async function treeHead(): Promise<string> {
  const last = localStorage.getItem("aparte.log.head");
  const head = await refreshTreeHead();
  const previous = last === null ? null : (JSON.parse(last) as { size: number }).size;
  return previous === null ? `${head.size} (1st)` : `${previous} → ${head.size}`;
}

async function notifier(): Promise<string> {
  const { keys } = await api<{ keys: { publicKey: string; current: boolean; logVersion: number | null }[] }>("GET", "/v1/notifier/keys");
  const current = keys.find((k) => k.current);
  if (current === undefined) return NOTHING;
  if (current.logVersion === null) throw new Error("the notifier key has no log version");
  await requireLogged(0x05, "notifier", NOTIFIER_SUBJECT, current.logVersion, fromBase64(current.publicKey));
  return `v${current.logVersion}`;
}

/** The issuer key patients' tokens are blinded to now (the one tokens.ts checks before use). */
async function issuer(): Promise<string> {
  const { keys } = await api<{ keys: { epoch: number; publicKey: string; startsAt: string; endsAt: string }[] }>("GET", "/v1/tokens/keys");
  const now = Date.now();
  const key = keys.find((k) => Date.parse(k.startsAt) <= now && Date.parse(k.endsAt) > now);
  if (key === undefined) return NOTHING;
  await requireLogged(EntryKind.ISSUER_EPOCH_KEY, "token-issuer", TOKEN_ISSUER_SUBJECT, key.epoch + 1, fromBase64(key.publicKey));
  return `epoch ${key.epoch}`;
}

/** 0x01 || "aparte/web-bundle/v1" || 0x00 || hash (WebBundleStatement in Java). */
export function bundleHashOf(statement: Uint8Array): string {
  const label = utf8("aparte/web-bundle/v1");
  const ok =
    statement.length === 1 + label.length + 1 + 32 &&
    statement[0] === 1 &&
    equalBytes(statement.subarray(1, 1 + label.length), label) &&
    statement[1 + label.length] === 0;
  if (!ok) throw new Error("malformed web bundle statement");
  return toHex(statement.subarray(statement.length - 32));
}

async function webBundle(): Promise<string> {
  const manifest = await api<{ bundleHash: string }>("GET", "/.well-known/aparte-bundle.json");
  const head = await refreshTreeHead();
  const history = await api<{ versions: { entry: string; leafIndex: number; treeSize: number; path: string[] }[] }>(
    "GET",
    `/v1/log/keys/web-bundle/${WEB_BUNDLE_SUBJECT}`,
  );
  for (const proof of history.versions) {
    if (proof.treeSize !== head.size) throw new Error("proof for another tree size");
    const entry = fromBase64(proof.entry);
    await verifyInclusion(proof.leafIndex, proof.treeSize, await leafHash(entry), proof.path.map(fromBase64), head.rootHash);
    const decoded = decodeKeyEntry(entry);
    if (decoded.kind === 0x08 && bundleHashOf(decoded.publicKey) === manifest.bundleHash) {
      return `${manifest.bundleHash.slice(0, 16)}… v${decoded.version}`;
    }
  }
  throw new Error("the served bundle's hash is not in the log");
}

export async function auditChecks(session: Session | null): Promise<AuditCheck[]> {
  const checks: AuditCheck[] = [
    { label: "auditTreeHead", run: treeHead },
    { label: "auditWebBundle", run: webBundle },
    { label: "auditNotifier", run: notifier },
    { label: "auditIssuer", run: issuer },
  ];
  if (session === null) return checks;
  checks.push({
    label: "auditOwnKeys",
    run: async () => {
      const mine = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(session.keys.encryptionPrivateKey)));
      await requireLoggedAccountKey(session.accountId, mine);
      return session.accountId;
    },
  });
  if (session.role !== "PATIENT") {
    for (const practice of await myPractices(session)) {
      checks.push({
        label: `auditPractice:${practice.profile.name}`,
        run: async () => {
          const view = await api<{ key: { version: number; publicKey: string } }>("GET", `/v1/practices/${practice.id}`);
          await requireLogged(EntryKind.PRACTICE_KEY, "practice", practice.id, view.key.version, fromBase64(view.key.publicKey));
          return `v${view.key.version}`;
        },
      });
    }
  }
  return checks;
}
