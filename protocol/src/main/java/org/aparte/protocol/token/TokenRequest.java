package org.aparte.protocol.token;

import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/** {@code POST /v1/tokens}: blinded messages to sign under the key of {@code epoch}. */
public record TokenRequest(long epoch, List<byte[]> blindedMessages) {
  public TokenRequest {
    if (epoch < 0 || epoch > 0xFFFF_FFFFL) {
      throw new InvalidFieldException("epoch", "must be an unsigned 32-bit number");
    }
    blindedMessages = Check.list("blindedMessages", blindedMessages, 1, TokenLimits.MAX_BATCH);
    for (byte[] blinded : blindedMessages) {
      Check.bytes("blindedMessages", blinded, TokenLimits.MIN_RSA_BLOCK, TokenLimits.MAX_RSA_BLOCK);
    }
  }
}
