import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concat, toHex, u32, utf8 } from "../crypto";
import type { Session } from "./account";
import { uuidBytes } from "./keybundle";

/**
 * As VaultHistory in the Java SDK: what this session has seen of its vault. The vault record's id
 * is the account id followed by the version it is stored as (u64, big-endian), so the server
 * cannot serve an old copy as a newer version, and a version older than one this session has seen
 * is refused. A vault written before the version was bound (record id: the account id alone) is
 * read, but only until this session has seen a version-bound one. What a session has seen is also
 * kept in localStorage (see {@link seenStorageKey}), so that a later tab or login in this browser
 * refuses an older copy too; without storage (a private window that refuses it), only the session
 * remembers.
 */
export class VaultRollbackError extends Error {}

interface Seen {
  highest: number;
  versioned: boolean;
}

const seen = new WeakMap<Session, Seen>();
const STORAGE_LABEL = "aparte/vault-seen/v1";

/**
 * The localStorage key of an account's entry: an HMAC under its vault key, so that entries of
 * different accounts in one browser cannot be told apart or tied to an account without that key.
 * The entry itself holds only a version number and a flag, which the server knows anyway.
 */
export function seenStorageKey(session: Session): string {
  const mac = hmac(sha256, session.keys.vaultKey, concat(utf8(STORAGE_LABEL), uuidBytes(session.accountId)));
  return "aparte.vault-seen." + toHex(mac.subarray(0, 16));
}

function storage(): Storage | undefined {
  return (globalThis as { localStorage?: Storage }).localStorage;
}

function remembered(session: Session): Seen {
  try {
    const text = storage()?.getItem(seenStorageKey(session));
    const parsed = text ? (JSON.parse(text) as Partial<Seen>) : {};
    const highest = Number.isSafeInteger(parsed.highest) ? (parsed.highest as number) : 0;
    return { highest: Math.max(0, highest), versioned: parsed.versioned === true };
  } catch {
    return { highest: 0, versioned: false };
  }
}

function keep(session: Session, s: Seen): void {
  try {
    storage()?.setItem(seenStorageKey(session), JSON.stringify(s));
  } catch {
    // Storage refused (private window, quota): the session still remembers for itself.
  }
}

function of(session: Session): Seen {
  let found = seen.get(session);
  if (found === undefined) {
    found = remembered(session);
    seen.set(session, found);
  }
  return found;
}

export function vaultRecordId(accountId: string, version: number): Uint8Array {
  return concat(uuidBytes(accountId), u32(Math.floor(version / 2 ** 32)), u32(version >>> 0));
}

export function unboundRecordId(accountId: string): Uint8Array {
  return uuidBytes(accountId);
}

/**
 * The highest version seen so far: taken before a read is sent, it is what an honest answer cannot
 * be older than (a write committed while the read is in flight may be newer, and is no rollback).
 */
export function versionFloor(session: Session): number {
  return of(session).highest;
}

export function checkNotOlder(version: number, floor: number): void {
  if (version < floor) {
    throw new VaultRollbackError(`the server served vault version ${version}, older than version ${floor} seen`);
  }
}

export function sawVersion(session: Session, version: number, bound: boolean): void {
  const s = of(session);
  if (version <= s.highest && (s.versioned || !bound)) return;
  // Another tab may have kept a higher version since this session started: keep the higher.
  const stored = remembered(session);
  s.highest = Math.max(s.highest, version, stored.highest);
  s.versioned ||= bound || stored.versioned;
  keep(session, s);
}

export function acceptsUnbound(session: Session): boolean {
  return !of(session).versioned;
}
