package org.aparte.cli.practice;

import java.io.IOException;
import java.net.URI;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.OwnerCheck;

/**
 * Where practice commands get the server and the logged-in account. Public commands (search, slots,
 * show) need only {@link #server()}; the rest ask for {@link #account()}.
 */
public interface ContextSource {
  URI server();

  /** The logged-in account; a {@link UserInputException} when there is none. */
  AccountContext account();

  /** The transparency log as this device trusts it (pinned key, last head seen). */
  KeyDirectory keyDirectory() throws IOException, ApiError;

  /** An owner's check of its own entries, against the log as this device trusts it. */
  OwnerCheck ownerCheck() throws IOException, ApiError;

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

      @Override
      public KeyDirectory keyDirectory() {
        throw new UserInputException("log in first");
      }

      @Override
      public OwnerCheck ownerCheck() {
        throw new UserInputException("log in first");
      }
    };
  }
}
