package org.aparte.protocol.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.Limits;

/**
 * Login identifiers are e-mail addresses, compared after trimming and lower-casing, so that {@code
 * " Alice@Example.org"} and {@code "alice@example.org"} are one account. The pattern is
 * deliberately plain (one {@code @}, a dotted domain, no spaces or control characters): it refuses
 * typos, not every address RFC 5322 allows.
 */
public final class LoginId {
  private static final Pattern EMAIL =
      Pattern.compile(
          "[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
              + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

  private LoginId() {}

  /**
   * The canonical form of {@code raw}, or an {@link InvalidFieldException} naming {@code field}.
   */
  public static String normalize(String field, String raw) {
    Check.present(field, raw);
    if (raw.length() > Limits.MAX_LOGIN_CHARS + 64) {
      throw new InvalidFieldException(
          field, "must be at most " + Limits.MAX_LOGIN_CHARS + " characters");
    }
    String login = raw.strip().toLowerCase(Locale.ROOT);
    Check.text(field, login, 3, Limits.MAX_LOGIN_CHARS);
    return Check.matches(field, login, EMAIL, "an e-mail address");
  }
}
