import type { Session } from "./account";
import { type StoredSession, openSession, sealSession } from "./stored-session";

/** IndexedDB access for stored-session.ts: one record, written at login, deleted at logout. */
const DB = "aparte";
const STORE = "session";
const ID = "current";

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("indexedDB"));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("indexedDB"));
    });
  } finally {
    db.close();
  }
}

export async function rememberSession(session: Session): Promise<void> {
  const sealed = await sealSession(session);
  await run("readwrite", (store) => store.put(sealed, ID));
}

/** The remembered session, or null (none, unreadable, or IndexedDB unavailable). */
export async function restoreSession(): Promise<Session | null> {
  try {
    const stored = (await run("readonly", (store) => store.get(ID))) as StoredSession | undefined;
    return stored === undefined ? null : await openSession(stored);
  } catch {
    await forgetSession();
    return null;
  }
}

export async function forgetSession(): Promise<void> {
  try {
    await run("readwrite", (store) => store.delete(ID));
  } catch {
    // nothing stored, or no IndexedDB: nothing to forget
  }
}
