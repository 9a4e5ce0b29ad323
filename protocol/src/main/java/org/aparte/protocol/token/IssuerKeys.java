package org.aparte.protocol.token;

import java.util.List;

/** {@code GET /v1/tokens/keys}: every issuer key a token may currently be issued or spent under. */
public record IssuerKeys(List<IssuerKeyInfo> keys) {
  public IssuerKeys {
    keys = List.copyOf(keys);
  }
}
