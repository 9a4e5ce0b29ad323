import { WeakKdfSetupError } from "./account";
import { ApiError } from "./api";
import { type MessageKey } from "./i18n";
import { VaultRollbackError } from "./vault-history";

/** What to tell the person, from a failure: never its details, which may hold their data. */
export function messageFor(error: unknown): MessageKey {
  if (error instanceof WeakKdfSetupError) {
    return "errorWeakSetup";
  }
  if (error instanceof ApiError) {
    if (error.status === 401) return "errorCredentials";
    if (error.status === 409) return "errorTaken";
    if (error.status === 429) return "errorRateLimited";
    if (error.status === 503) return "errorBusy";
    return "errorGeneric";
  }
  if (error instanceof VaultRollbackError) {
    return "errorVaultRollback";
  }
  if (error instanceof TypeError) {
    return "errorNetwork";
  }
  return "errorGeneric";
}
