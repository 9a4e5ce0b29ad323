import { concat, secureRandom, utf8 } from "../crypto";
import type { Session } from "./account";
import { openKeyBundle, sealKeyBundle, uuidBytes } from "./keybundle";

/**
 * A session kept across reloads, only if the person asked ("stay logged in on this device"). The
 * key bundle is sealed as on the server (a "key-bundle" record) under a random 32-byte key; that
 * key and the session token are encrypted with a WebCrypto AES-GCM key created non-extractable,
 * so page script can use it but never read its bytes. Both live in IndexedDB until logout. What
 * this protects and what it does not: docs/web.md, "Keys in IndexedDB".
 */
export interface StoredSession {
  version: 1;
  login: string;
  accountId: string;
  role: string;
  key: CryptoKey;
  iv: Uint8Array;
  secrets: Uint8Array;
  bundle: Uint8Array;
}

const LABEL = "aparte/stored-session/v1";

function associatedData(accountId: string): Uint8Array<ArrayBuffer> {
  return concat(utf8(LABEL), [0], uuidBytes(accountId));
}

export async function sealSession(session: Session): Promise<StoredSession> {
  const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  const wrapping = secureRandom(32);
  const iv = secureRandom(12);
  const plain = concat(wrapping, utf8(session.token));
  try {
    const bundle = await sealKeyBundle(session.keys, wrapping, session.accountId);
    const secrets = new Uint8Array(
      await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: associatedData(session.accountId) }, key, plain),
    );
    return { version: 1, login: session.login, accountId: session.accountId, role: session.role, key, iv, secrets, bundle };
  } finally {
    plain.fill(0);
    wrapping.fill(0);
  }
}

export async function openSession(stored: StoredSession): Promise<Session> {
  if (stored.version !== 1) throw new RangeError("stored session: unknown version");
  const plain = new Uint8Array(
    await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: concat(stored.iv), additionalData: associatedData(stored.accountId) },
      stored.key,
      concat(stored.secrets),
    ),
  );
  try {
    const keys = await openKeyBundle(plain.slice(0, 32), stored.accountId, stored.bundle);
    const token = new TextDecoder().decode(plain.slice(32));
    return { login: stored.login, accountId: stored.accountId, role: stored.role, token, keys };
  } finally {
    plain.fill(0);
  }
}
