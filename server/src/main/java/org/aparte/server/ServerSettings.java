package org.aparte.server;

import java.security.SecureRandom;
import java.util.Objects;
import org.aparte.server.account.AccountSettings;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.log.LogSettings;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.RateLimitKey;

/**
 * Every policy the server takes, one per feature; {@link #defaults()} is what production runs
 * unless the environment says otherwise, and tests change one part with a {@code with...} call.
 */
public record ServerSettings(
    AccountSettings accounts,
    TokenSettings tokens,
    LogSettings log,
    DocumentSettings documents,
    RateLimitKey rateLimitKey) {
  public ServerSettings {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(rateLimitKey, "rateLimitKey");
  }

  /**
   * Default policies; no blob store, so the document routes answer 503 until one is given. The
   * rate-limit key is fresh, so counts are this process's own and a restart forgets them; a
   * deployment passes a stored one ({@link RateLimitKeyFile}), shared by all its servers.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(
        AccountSettings.defaults(),
        TokenSettings.defaults(),
        LogSettings.defaults(),
        DocumentSettings.unconfigured(),
        RateLimitKey.random(new SecureRandom()));
  }

  public ServerSettings withAccounts(AccountSettings newAccounts) {
    return new ServerSettings(newAccounts, tokens, log, documents, rateLimitKey);
  }

  public ServerSettings withTokens(TokenSettings newTokens) {
    return new ServerSettings(accounts, newTokens, log, documents, rateLimitKey);
  }

  public ServerSettings withLog(LogSettings newLog) {
    return new ServerSettings(accounts, tokens, newLog, documents, rateLimitKey);
  }

  public ServerSettings withDocuments(DocumentSettings newDocuments) {
    return new ServerSettings(accounts, tokens, log, newDocuments, rateLimitKey);
  }

  public ServerSettings withRateLimitKey(RateLimitKey newKey) {
    return new ServerSettings(accounts, tokens, log, documents, newKey);
  }
}
