package org.aparte.client.support;

import org.aparte.protocol.support.AccessRequestView;

/** An access request with its decrypted reason and its plain-words description. */
public record PendingRequest(AccessRequestView request, String reason, String description) {
  @Override
  public String toString() {
    return "PendingRequest[" + request.requestId() + ", REDACTED]";
  }
}
