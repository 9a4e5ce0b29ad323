package org.aparte.cli.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.Registration;
import org.aparte.protocol.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte register}: create an account; shows the recovery code once. */
@Command(
    name = "register",
    description = "Create an account. Keys are made on this device; the password never leaves it.")
public final class RegisterCommand extends AccountCommand {
  @Option(names = "--server", required = true, description = "The Aparté server URL.")
  String server;

  @Option(names = "--email", required = true, description = "Your login (an e-mail address).")
  String email;

  @Option(
      names = "--role",
      defaultValue = "patient",
      description = "patient, practitioner or secretary (default: ${DEFAULT-VALUE}).")
  String role;

  @Override
  public Integer call() throws Exception {
    Role parsed = parseRole(role);
    char[] password = Secrets.read("Choose a password", "APARTE_PASSWORD");
    Registration registration;
    try {
      registration = client(server).register(email, parsed, password);
    } finally {
      Arrays.fill(password, '\0');
    }
    AccountSession session = registration.session();
    save(server, session);
    VaultMemory.attach(profile(), session);
    String code = registration.recoveryCode().revealForDisplay();
    registration.recoveryCode().destroy();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("accountId", session.accountId());
    fields.put("login", session.login());
    fields.put("role", session.role());
    fields.put("recoveryCode", code);
    print(
        "Account created for "
            + session.login()
            + ".\n\nRECOVERY CODE (shown once, never stored): "
            + code
            + "\nWrite it down and keep it somewhere safe. It is the only way back into your"
            + " account if you forget your password; nobody at Aparté can reset it for you.",
        fields);
    return 0;
  }

  static Role parseRole(String text) {
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new org.aparte.cli.UserInputException(
          "--role must be patient, practitioner or secretary");
    }
  }
}
