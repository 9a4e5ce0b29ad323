package org.aparte.protocol.reminder;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * A notifier public key as published: its encoding, and whether clients should seal new jobs to it
 * ({@code current}) or it is only kept until the jobs sealed to it are done.
 */
public record NotifierKey(byte[] publicKey, boolean current) {
  public NotifierKey {
    Check.bytes("publicKey", publicKey, 1, Limits.MAX_PUBLIC_KEY);
  }
}
