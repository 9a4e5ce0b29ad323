package org.aparte.cli.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aparte.client.account.SavedSession;
import picocli.CommandLine.Command;

/** {@code aparte whoami}: the account this device is logged in as (no network, no password). */
@Command(name = "whoami", description = "Show the account this device is logged in as.")
public final class WhoamiCommand extends AccountCommand {
  @Override
  public Integer call() throws Exception {
    AccountFile account = account();
    SavedSession saved = account.session();
    boolean expired = !saved.expiresAt().isAfter(Instant.now());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("login", saved.login());
    fields.put("accountId", saved.accountId());
    fields.put("role", saved.role());
    fields.put("server", account.server());
    fields.put("expiresAt", saved.expiresAt().toString());
    fields.put("expired", expired);
    print(
        saved.login()
            + " ("
            + saved.role().name().toLowerCase(java.util.Locale.ROOT)
            + ") on "
            + account.server()
            + (expired
                ? ", session expired: log in again"
                : ", session until " + saved.expiresAt()),
        fields);
    return 0;
  }
}
