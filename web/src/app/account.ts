import {
  DEFAULT_ARGON2,
  RecoveryCode,
  accountKeys,
  decodeKdfSetup,
  encodeKdfSetup,
  equalBytes,
  masterKey,
  meetsFloor,
  secureRandom,
} from "../crypto";
import { api, fromBase64, toBase64 } from "./api";
import { KeyEntryKind, signOwnEntry } from "../log/key-entry";
import { type KeyBundle, generateKeyBundle, openKeyBundle, sealKeyBundle } from "./keybundle";

/**
 * Accounts, as org.aparte.client.account.AccountClient: the password never leaves the browser;
 * only the Argon2id-derived auth key is sent, and the keys come back sealed.
 */
export interface Session {
  readonly login: string;
  readonly accountId: string;
  readonly token: string;
  readonly keys: KeyBundle;
}

interface LoginResponse {
  sessionToken: string;
  accountId: string;
  keyBundle: string;
  encryptionPublicKey: string;
  signingPublicKey: string;
}

/** The server refused a KDF setup cheaper than ours: nothing derived from the password was sent. */
export class WeakKdfSetupError extends Error {}

/** The opened keys are not the ones the server lists for the account. */
export class KeyMismatchError extends Error {}

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export async function register(
  login: string,
  password: string,
): Promise<{ session: Session; recoveryCode: string }> {
  const normalized = normalizeLogin(login);
  const accountId = crypto.randomUUID();
  const keys = await generateKeyBundle();
  const setup = { params: DEFAULT_ARGON2, salt: secureRandom(16) };
  const derived = await accountKeys(await masterKey(password, setup));
  const recovery = RecoveryCode.generate();
  await api("POST", "/v1/accounts", {
    accountId,
    login: normalized,
    role: "PATIENT",
    kdfSetup: toBase64(encodeKdfSetup(setup)),
    authKey: toBase64(derived.authKey),
    recoveryAuthKey: toBase64(await recovery.authKey()),
    keyBundle: toBase64(await sealKeyBundle(keys, derived.wrappingKey, accountId)),
    recoveryKeyBundle: toBase64(await sealKeyBundle(keys, await recovery.wrappingKey(), accountId)),
    encryptionPublicKey: toBase64(keys.encryptionPublicKey),
    signingPublicKey: toBase64(keys.signingPublicKey),
    encryptionKeySignature: toBase64(
      signOwnEntry(
        keys.signingPrivateKey,
        KeyEntryKind.ACCOUNT_ENCRYPTION_KEY,
        accountId,
        1,
        keys.encryptionPublicKey,
      ),
    ),
    signingKeySignature: toBase64(
      signOwnEntry(
        keys.signingPrivateKey,
        KeyEntryKind.ACCOUNT_SIGNING_KEY,
        accountId,
        1,
        keys.signingPublicKey,
      ),
    ),
  });
  const answer = await api<LoginResponse>("POST", "/v1/sessions", {
    login: normalized,
    authKey: toBase64(derived.authKey),
  });
  return {
    session: { login: normalized, accountId, token: answer.sessionToken, keys },
    recoveryCode: await recovery.revealForDisplay(),
  };
}

export async function login(loginId: string, password: string): Promise<Session> {
  const normalized = normalizeLogin(loginId);
  const { kdfSetup } = await api<{ kdfSetup: string }>(
    "GET",
    `/v1/accounts/kdf-setup?login=${encodeURIComponent(normalized)}`,
  );
  const setup = decodeKdfSetup(fromBase64(kdfSetup));
  if (!meetsFloor(setup)) {
    throw new WeakKdfSetupError("KDF setup below the floor");
  }
  const derived = await accountKeys(await masterKey(password, setup));
  const answer = await api<LoginResponse>("POST", "/v1/sessions", {
    login: normalized,
    authKey: toBase64(derived.authKey),
  });
  const keys = await openKeyBundle(derived.wrappingKey, answer.accountId, fromBase64(answer.keyBundle));
  if (
    !equalBytes(keys.encryptionPublicKey, fromBase64(answer.encryptionPublicKey)) ||
    !equalBytes(keys.signingPublicKey, fromBase64(answer.signingPublicKey))
  ) {
    throw new KeyMismatchError("the opened keys are not the account's listed keys");
  }
  return { login: normalized, accountId: answer.accountId, token: answer.sessionToken, keys };
}

export async function logout(session: Session): Promise<void> {
  await api("DELETE", "/v1/sessions/current", undefined, session.token);
}
