import { verify } from "../../crypto";
import { leafHash, verifyConsistency, verifyInclusion } from "../../log/merkle";
import { ApiError, api, fromBase64, toBase64 } from "../api";
import type { KeyEntry } from "../../log/key-entry";
import { type TreeHead, decodeKeyEntry, encodeTreeHead, records } from "./entries";

/**
 * KeyDirectory and LogMonitor of the Java SDK: before the app encrypts to a practice or accepts a
 * token issuer's key, the key must be in a tree head signed by the pinned log key and consistent
 * with the last head this browser saw. The log key is pinned on first use and kept, with the last
 * head, in localStorage (both are public; nothing secret is stored).
 */
export class UnloggedKeyError extends Error {}
export class UntrustedLogError extends Error {}

const PIN = "aparte.log.key";
const LAST_HEAD = "aparte.log.head";
const QUEUED_ATTEMPTS = 10;
const QUEUED_PAUSE_MS = 500;

interface HeadJson {
  treeSize: number;
  rootHash: string;
  timestampMillis: number;
  signature: string;
}

async function pinnedKey(storage: Storage): Promise<Uint8Array> {
  const pinned = storage.getItem(PIN);
  if (pinned !== null) {
    return fromBase64(pinned);
  }
  const { publicKey } = await api<{ publicKey: string }>("GET", "/v1/log/public-key");
  storage.setItem(PIN, publicKey);
  return fromBase64(publicKey);
}

/** The log's public key, pinned in this browser on first use. */
export function logPublicKey(storage: Storage = localStorage): Promise<Uint8Array> {
  return pinnedKey(storage);
}

let refreshing: Promise<unknown> = Promise.resolve();

/**
 * Fetches, verifies and remembers the newest tree head. Calls run one after another: two checks
 * racing (the audit page runs its checks together) could fetch heads of two sizes, the larger one
 * stored first, and the smaller one would then look like a log that shrank.
 */
export function refreshTreeHead(storage: Storage = localStorage): Promise<TreeHead> {
  const next = refreshing.then(
    () => refreshOnce(storage),
    () => refreshOnce(storage),
  );
  refreshing = next.catch(() => undefined);
  return next;
}

async function refreshOnce(storage: Storage): Promise<TreeHead> {
  const json = await api<HeadJson>("GET", "/v1/log/tree-head");
  const head: TreeHead = {
    size: json.treeSize,
    rootHash: fromBase64(json.rootHash),
    timestampMillis: json.timestampMillis,
  };
  try {
    verify(await pinnedKey(storage), "tree-head", encodeTreeHead(head), fromBase64(json.signature));
  } catch {
    throw new UntrustedLogError("the tree head is not signed by the pinned log key");
  }
  const saved = storage.getItem(LAST_HEAD);
  if (saved !== null) {
    const last = JSON.parse(saved) as { size: number; rootHash: string };
    if (head.size < last.size) {
      throw new UntrustedLogError("the log shrank since this browser last checked");
    }
    const proof =
      last.size === 0 || last.size === head.size
        ? []
        : (
            await api<{ proof: string[] }>(
              "GET",
              `/v1/log/proof/consistency?first=${last.size}&second=${head.size}`,
            )
          ).proof.map(fromBase64);
    try {
      await verifyConsistency(last.size, head.size, fromBase64(last.rootHash), head.rootHash, proof);
    } catch {
      throw new UntrustedLogError("the log does not extend the tree this browser saw");
    }
  }
  storage.setItem(LAST_HEAD, JSON.stringify({ size: head.size, rootHash: toBase64(head.rootHash) }));
  return head;
}

interface KeyProof {
  entry: string;
  leafIndex: number;
  treeSize: number;
  path: string[];
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves only once `publicKey` is proven to be `version` of `subject` in the log. */
export async function requireLogged(
  kind: number,
  kindPath: string,
  subject: string,
  version: number,
  publicKey: Uint8Array,
  storage: Storage = localStorage,
): Promise<KeyEntry> {
  const entry = await provenEntry(kindPath, subject, version, storage);
  if (!records(entry, kind, subject, version, publicKey)) {
    throw new UnloggedKeyError("the log records another key than the one offered");
  }
  return entry;
}

/** The log's entry for `version` of `subject`, proven included in a verified tree head. */
export async function provenEntry(
  kindPath: string,
  subject: string,
  version: number,
  storage: Storage = localStorage,
): Promise<KeyEntry> {
  let head = await refreshTreeHead(storage);
  let proof: KeyProof | undefined;
  for (let attempt = 1; proof === undefined; attempt++) {
    try {
      proof = await api<KeyProof>(
        "GET",
        `/v1/log/keys/${kindPath}/${subject}/${version}?treeSize=${head.size}`,
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        throw new UnloggedKeyError("the offered key is not in the transparency log");
      }
      if (!(error instanceof ApiError) || error.status !== 503 || attempt >= QUEUED_ATTEMPTS) {
        throw error;
      }
      // A key created seconds ago is queued until the next tree head.
      await pause(QUEUED_PAUSE_MS);
      head = await refreshTreeHead(storage);
    }
  }
  const encoded = fromBase64(proof.entry);
  const entry = decodeKeyEntry(encoded);
  if (proof.treeSize !== head.size) {
    throw new UnloggedKeyError("the key proof is for another tree size");
  }
  try {
    await verifyInclusion(
      proof.leafIndex,
      proof.treeSize,
      await leafHash(encoded),
      proof.path.map(fromBase64),
      head.rootHash,
    );
  } catch {
    throw new UnloggedKeyError("the key's inclusion proof does not verify");
  }
  return entry;
}
