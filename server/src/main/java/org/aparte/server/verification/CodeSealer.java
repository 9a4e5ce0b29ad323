package org.aparte.server.verification;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.verification.VerificationCodeFormat;

/**
 * Seals a code to the notifier's public key, bound to the job id. Sealing needs only the public
 * key, so the server still holds no private key; once sealed, the code is gone from the server.
 */
final class CodeSealer {
  private static final RecordType TYPE = RecordType.of(VerificationCodeFormat.CODE_TYPE);
  private static final WrapPurpose PURPOSE = WrapPurpose.of(VerificationCodeFormat.CODE_TYPE);

  private final SecureRandom random;

  CodeSealer(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  byte[] seal(EncryptionPublicKey notifier, UUID jobId, String code) {
    byte[] plaintext = VerificationCodeFormat.encode(code);
    try {
      return SealedEnvelope.seal(notifier, PURPOSE, TYPE, recordId(jobId), plaintext, random);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  static byte[] recordId(UUID jobId) {
    return ByteBuffer.allocate(16)
        .putLong(jobId.getMostSignificantBits())
        .putLong(jobId.getLeastSignificantBits())
        .array();
  }
}
