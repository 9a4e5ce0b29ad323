package org.aparte.cli.practice;

import java.net.URI;
import org.aparte.cli.UserInputException;

/**
 * Where practice commands get the server and the logged-in account. Public commands (search, slots,
 * show) need only {@link #server()}; the rest ask for {@link #account()}.
 */
public interface ContextSource {
  URI server();

  /** The logged-in account; a {@link UserInputException} when there is none. */
  AccountContext account();

  /** The server from {@code APARTE_SERVER} (default {@code http://127.0.0.1:8080/}), no login. */
  static ContextSource withoutLogin() {
    return new ContextSource() {
      @Override
      public URI server() {
        String configured = System.getenv("APARTE_SERVER");
        String base =
            configured == null || configured.isEmpty() ? "http://127.0.0.1:8080/" : configured;
        return URI.create(base.endsWith("/") ? base : base + "/");
      }

      @Override
      public AccountContext account() {
        throw new UserInputException("log in first");
      }
    };
  }
}
