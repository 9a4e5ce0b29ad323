package org.aparte.cli;

import java.io.Console;

/**
 * Where a password comes from: the {@code APARTE_PASSWORD} environment variable (for scripts), or a
 * prompt that does not echo. Never a command-line argument: those show up in process listings.
 */
public final class PasswordSource {
  private PasswordSource() {}

  public static char[] read(String prompt) {
    return read(prompt, "APARTE_PASSWORD");
  }

  public static char[] read(String prompt, String environmentVariable) {
    String fromEnvironment = System.getenv(environmentVariable);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw new UserInputException(
          "no terminal to ask for the password: set " + environmentVariable + " instead");
    }
    char[] typed = console.readPassword("%s: ", prompt);
    if (typed == null || typed.length == 0) {
      throw new UserInputException("an empty password is not accepted");
    }
    return typed;
  }
}
