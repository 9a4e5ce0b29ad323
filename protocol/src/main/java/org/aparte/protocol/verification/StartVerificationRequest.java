package org.aparte.protocol.verification;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * {@code POST /v1/accounts/me/verifications}: a random job id and the contact (channel,
 * destination, language) sealed to the notifier's current key under that id.
 */
public record StartVerificationRequest(UUID jobId, byte[] sealedContact) {
  public StartVerificationRequest {
    Check.present("jobId", jobId);
    Check.bytes("sealedContact", sealedContact, 1, SealedReminder.MAX_SEALED);
  }
}
