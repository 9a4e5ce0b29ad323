import { KeyKind, decodePrivateKey, decodePublicKey, encodeKey, publicKeyOf, secureRandom, wrapKey } from "../crypto";
import type { Session } from "./account";
import { api, fromBase64, toBase64 } from "./api";
import { requireLoggedAccountKey } from "./log/account-key";
import { type Keyring, practiceKeyRecordId } from "./practice-side";

/**
 * Practice members from the browser, as Practices.addMember / removeMember with a KeyDirectory in
 * the Java SDK: a practice key is wrapped only to an account key that the transparency log shows
 * as that account's own (in a verified head, signed by the account's logged signing key).
 */
export interface Member {
  accountId: string;
  role: "ADMIN" | "MEMBER";
  encryptionPublicKey: string;
}

export function listMembers(session: Session, practiceId: string): Promise<Member[]> {
  return api<Member[]>("GET", `/v1/practices/${practiceId}/members`, undefined, session.token);
}

function seedOf(encodedPrivateKey: Uint8Array): Uint8Array {
  // 0x01 || kind || 32-byte seed: the wrap carries the seed, as GroupKeyWrap in Java.
  return encodedPrivateKey.slice(2);
}

export async function addMember(
  session: Session,
  practiceId: string,
  ring: Keyring,
  accountId: string,
  memberKey: Uint8Array,
  role: "ADMIN" | "MEMBER",
): Promise<void> {
  const recipient = decodePublicKey(memberKey);
  await requireLoggedAccountKey(accountId, memberKey);
  const wraps = [];
  for (const [version, key] of ring) {
    const wrapped = await wrapKey(seedOf(key), recipient, "practice-key", practiceKeyRecordId(practiceId, version));
    wraps.push({ version, wrappedKey: toBase64(wrapped) });
  }
  await api("POST", `/v1/practices/${practiceId}/members`, { accountId, role, wraps }, session.token);
}

/** Removes a member and rotates the practice key to every remaining member; returns the new version. */
export async function removeMember(session: Session, practiceId: string, ring: Keyring, accountId: string): Promise<number> {
  const newVersion = Math.max(...ring.keys()) + 1;
  const seed = secureRandom(32);
  const newPublicKey = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(encodeKey(KeyKind.X_WING, seed))));
  const wraps = [];
  for (const member of await listMembers(session, practiceId)) {
    if (member.accountId === accountId) continue;
    const key = fromBase64(member.encryptionPublicKey);
    // Checked before anything is wrapped or sent: one unlogged key refuses the whole rotation.
    await requireLoggedAccountKey(member.accountId, key);
    const wrapped = await wrapKey(seed, decodePublicKey(key), "practice-key", practiceKeyRecordId(practiceId, newVersion));
    wraps.push({ accountId: member.accountId, wrappedKey: toBase64(wrapped) });
  }
  seed.fill(0);
  await api(
    "DELETE",
    `/v1/practices/${practiceId}/members/${accountId}`,
    { newVersion, newPublicKey: toBase64(newPublicKey), wraps },
    session.token,
  );
  return newVersion;
}
