package org.aparte.cli.account;

import java.util.Objects;
import org.aparte.cli.PasswordSource;
import org.aparte.client.account.AccountOptions;

/**
 * Where the account commands get passwords and recovery codes ({@link PasswordSource}: an
 * environment variable or a prompt) and their SDK options. Tests replace both with {@link
 * #overrideForTests}, so they need neither environment variables nor a terminal.
 */
public final class Secrets {
  /** Reads one secret: a prompt for people, an environment variable for scripts. */
  @FunctionalInterface
  public interface Source {
    char[] read(String prompt, String environmentVariable);
  }

  private static volatile Source source = PasswordSource::read;
  private static volatile AccountOptions options;

  private Secrets() {}

  static char[] read(String prompt, String environmentVariable) {
    return source.read(prompt, environmentVariable);
  }

  static AccountOptions options() {
    AccountOptions current = options;
    if (current == null) {
      current = AccountOptions.defaults();
      options = current;
    }
    return current;
  }

  /**
   * Replaces the secret source and the SDK options until the returned handle is closed. For tests
   * only: the options may allow cheap password derivations.
   */
  public static AutoCloseable overrideForTests(Source testSource, AccountOptions testOptions) {
    Source previousSource = source;
    AccountOptions previousOptions = options;
    source = Objects.requireNonNull(testSource, "testSource");
    options = Objects.requireNonNull(testOptions, "testOptions");
    return () -> {
      source = previousSource;
      options = previousOptions;
    };
  }
}
