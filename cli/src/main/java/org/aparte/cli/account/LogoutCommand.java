package org.aparte.cli.account;

import java.util.Map;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import picocli.CommandLine.Command;

/** {@code aparte logout}: end the session on the server and forget it here. */
@Command(name = "logout", description = "End this device's session.")
public final class LogoutCommand extends AccountCommand {
  @Override
  public Integer call() throws Exception {
    AccountFile account = account();
    var transport = new ApiTransport(serverUri(account.server()));
    transport.useSession(account.session().sessionToken());
    try {
      transport.call("DELETE", "/v1/sessions/current", null, Void.class);
    } catch (ApiError e) {
      if (e.status() != 401) {
        throw e;
      }
      // Already ended on the server (expired, or a password change elsewhere): forget it anyway.
    }
    profile().delete(AccountFile.NAME);
    print("Logged out.", Map.of("loggedOut", true));
    return 0;
  }
}
