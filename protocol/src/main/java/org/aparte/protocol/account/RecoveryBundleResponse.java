package org.aparte.protocol.account;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** The recovery copy of the key bundle (ciphertext under the recovery code's wrapping key). */
public record RecoveryBundleResponse(UUID accountId, byte[] recoveryKeyBundle) {
  public RecoveryBundleResponse {
    Check.present("accountId", accountId);
    Check.bytes("recoveryKeyBundle", recoveryKeyBundle, 1, Limits.MAX_RECORD);
  }
}
