package org.aparte.cli.practice;

import java.security.SecureRandom;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.practice.Practices;

/** Builds the SDK for a command: public-only, or as the logged-in account. */
final class Sdk {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sdk() {}

  static Practices anonymous(ContextSource source) {
    return new Practices(
        new ApiTransport(source.server()), new AnonymousTransport(source.server()), RANDOM);
  }

  static Practices account(ContextSource source, AccountContext account) {
    return new Practices(account.transport(), new AnonymousTransport(source.server()), RANDOM);
  }
}
