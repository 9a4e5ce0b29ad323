package org.aparte.server;

import java.util.Objects;
import org.aparte.server.account.AccountSettings;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.log.LogSettings;
import org.aparte.server.token.TokenSettings;

/**
 * Every policy the server takes, one per feature; {@link #defaults()} is what production runs
 * unless the environment says otherwise, and tests change one part with a {@code with...} call.
 */
public record ServerSettings(
    AccountSettings accounts, TokenSettings tokens, LogSettings log, DocumentSettings documents) {
  public ServerSettings {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(documents, "documents");
  }

  /** Default policies; no blob store, so the document routes answer 503 until one is given. */
  public static ServerSettings defaults() {
    return new ServerSettings(
        AccountSettings.defaults(),
        TokenSettings.defaults(),
        LogSettings.defaults(),
        DocumentSettings.unconfigured());
  }

  public ServerSettings withAccounts(AccountSettings newAccounts) {
    return new ServerSettings(newAccounts, tokens, log, documents);
  }

  public ServerSettings withTokens(TokenSettings newTokens) {
    return new ServerSettings(accounts, newTokens, log, documents);
  }

  public ServerSettings withLog(LogSettings newLog) {
    return new ServerSettings(accounts, tokens, newLog, documents);
  }

  public ServerSettings withDocuments(DocumentSettings newDocuments) {
    return new ServerSettings(accounts, tokens, log, newDocuments);
  }
}
