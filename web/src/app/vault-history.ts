import { concat, u32 } from "../crypto";
import type { Session } from "./account";
import { uuidBytes } from "./keybundle";

/**
 * As VaultHistory in the Java SDK: what this session has seen of its vault. The vault record's id
 * is the account id followed by the version it is stored as (u64, big-endian), so the server
 * cannot serve an old copy as a newer version, and a version older than one this session has seen
 * is refused. A vault written before the version was bound (record id: the account id alone) is
 * read, but only until this session has seen a version-bound one.
 */
export class VaultRollbackError extends Error {}

interface Seen {
  highest: number;
  versioned: boolean;
}

const seen = new WeakMap<Session, Seen>();

function of(session: Session): Seen {
  let found = seen.get(session);
  if (found === undefined) {
    found = { highest: 0, versioned: false };
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
  s.highest = Math.max(s.highest, version);
  s.versioned ||= bound;
}

export function acceptsUnbound(session: Session): boolean {
  return !of(session).versioned;
}
