import { KeyEntryKind, verifyOwnerSignature } from "../../log/key-entry";
import { UnloggedKeyError, provenEntry, requireLogged } from "./directory";

/**
 * KeyDirectory.requireLoggedAccountKey: `encryptionKey` is version 1 of the account's encryption
 * key in the log, and both that entry and the account's signing-key entry are signed by the
 * account's own (logged) signing key, so the server cannot have registered a key of its own.
 */
export async function requireLoggedAccountKey(
  accountId: string,
  encryptionKey: Uint8Array,
  storage: Storage = localStorage,
): Promise<void> {
  const encryption = await requireLogged(
    KeyEntryKind.ACCOUNT_ENCRYPTION_KEY,
    "account-encryption",
    accountId,
    1,
    encryptionKey,
    storage,
  );
  const signing = await provenEntry("account-signing", accountId, 1, storage);
  if (signing.kind !== KeyEntryKind.ACCOUNT_SIGNING_KEY) {
    throw new UnloggedKeyError("the log's signing entry has another kind");
  }
  try {
    const owner = signing.publicKey;
    verifyOwnerSignature(signing, owner);
    verifyOwnerSignature(encryption, owner);
  } catch {
    throw new UnloggedKeyError("the account's key in the log is not signed by the account itself");
  }
}
