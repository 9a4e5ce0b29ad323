package org.aparte.protocol.reminder;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * A notifier public key as published: its encoding, whether clients should seal new jobs to it
 * ({@code current}) or it is only kept until the jobs sealed to it are done, and its version in the
 * transparency log (entry kind 0x05), which clients check before sealing to it.
 */
public record NotifierKey(byte[] publicKey, boolean current, Integer logVersion) {
  public NotifierKey {
    Check.bytes("publicKey", publicKey, 1, Limits.MAX_PUBLIC_KEY);
    if (logVersion != null) {
      Check.range("logVersion", logVersion, 1, Integer.MAX_VALUE);
    }
  }

  public NotifierKey(byte[] publicKey, boolean current) {
    this(publicKey, current, null);
  }
}
