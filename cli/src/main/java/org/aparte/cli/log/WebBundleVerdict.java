package org.aparte.cli.log;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the audit concludes from the bundle hash a server serves and the web bundle hashes its
 * transparency log shows (each already proven included in the verified tree head).
 */
public record WebBundleVerdict(boolean passed, String message) {
  /** One logged bundle: its version and hash, and when the server logged it. */
  public record Logged(int version, String hex, Instant loggedAt) {}

  public static WebBundleVerdict of(String servedHex, List<Logged> logged) {
    if (logged.isEmpty()) {
      return new WebBundleVerdict(
          false,
          "the server serves web bundle "
              + servedHex
              + " but its transparency log shows no web bundle at all");
    }
    Logged newest = logged.getLast();
    for (Logged entry : logged) {
      if (entry.hex().equals(servedHex)) {
        String which =
            entry == newest
                ? "the newest"
                : "an older one; the newest logged is version " + newest.version();
        return new WebBundleVerdict(
            true,
            "web bundle "
                + servedHex
                + " is in the log as version "
                + entry.version()
                + " (logged "
                + entry.loggedAt()
                + ", "
                + which
                + ")");
      }
    }
    return new WebBundleVerdict(
        false,
        "the server serves web bundle "
            + servedHex
            + ", which its transparency log does not show (logged: "
            + logged.stream()
                .map(l -> "version " + l.version() + " " + l.hex())
                .collect(Collectors.joining(", "))
            + ")");
  }
}
