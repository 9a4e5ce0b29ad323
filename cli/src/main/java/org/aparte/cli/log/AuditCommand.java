package org.aparte.cli.log;

import java.io.PrintWriter;
import java.net.URI;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogVerificationException;
import org.aparte.protocol.log.LogEntriesResponse;
import org.aparte.transparency.Frontier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.MalformedEntryException;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte audit}: a third party's check of the transparency log. The log key is pinned in an
 * audit profile on first use; each run verifies the new tree head's signature and that it extends
 * the head of the previous run; with {@code --entries} it downloads every entry, recomputes the
 * root and counts the entries by kind; with {@code --web-bundle} it recomputes the served web app's
 * bundle hash and requires it in the log ({@link WebBundleAudit}).
 */
@Command(
    name = "audit",
    description =
        "Check the transparency log: signed tree head, consistency with the last audit, and"
            + " (--entries) the root recomputed from every entry.")
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--server",
      description = "the server (default: APARTE_SERVER or http://127.0.0.1:8080/)")
  String server;

  @Option(
      names = "--state",
      description =
          "the audit profile directory: pinned log key and last head (default: ~/.aparte/audit)")
  String state;

  @Option(names = "--entries", description = "download every entry and recompute the root")
  boolean entries;

  @Option(
      names = "--web-bundle",
      description =
          "download the served web app, recompute its bundle hash and check it is in the log")
  boolean webBundle;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    URI base = base(server);
    Profile profile =
        new Profile(
            state != null
                ? java.nio.file.Path.of(state)
                : Profile.defaultDirectory().resolve("audit"));
    ProfileLogTrust trust = new ProfileLogTrust(profile, base);
    var previous = trust.last();
    SignedTreeHead head;
    try {
      head = trust.monitor().refresh();
    } catch (LogVerificationException refused) {
      throw new UserInputException("AUDIT FAILED: " + refused.getMessage());
    }
    out.println("tree size      " + head.head().size());
    out.println("root           " + HexFormat.of().formatHex(head.head().rootHash()));
    out.println("signed at      " + java.time.Instant.ofEpochMilli(head.head().timestampMillis()));
    out.println(
        previous
            .map(p -> "consistent with the previous audit (size " + p.head().size() + ")")
            .orElse("first audit of this log: its key is now pinned in " + profile.directory()));
    if (entries) {
      recompute(trust.log(), head, out);
    }
    if (webBundle) {
      var audit = new WebBundleAudit(new org.aparte.client.AnonymousTransport(base), trust.log());
      String served = audit.servedHash();
      out.println("web bundle     " + served + " served, recomputed from the served files");
      WebBundleVerdict verdict = WebBundleVerdict.of(served, audit.logged(head));
      if (!verdict.passed()) {
        throw new UserInputException("AUDIT FAILED: " + verdict.message());
      }
      out.println("web bundle     " + verdict.message());
    }
    out.flush();
    return 0;
  }

  private void recompute(LogClient log, SignedTreeHead head, PrintWriter out) throws Exception {
    Frontier frontier = Frontier.empty();
    Map<String, Long> counts = new TreeMap<>();
    OwnerSignatureTally owners = new OwnerSignatureTally();
    long size = head.head().size();
    while (frontier.size() < size) {
      long start = frontier.size();
      LogEntriesResponse page =
          log.entries(start, Math.min(size, start + LogEntriesResponse.MAX_PAGE));
      if (page.start() != start || page.entries().isEmpty()) {
        throw new UserInputException(
            "AUDIT FAILED: the server did not return entries from " + start);
      }
      for (byte[] entry : page.entries()) {
        frontier.append(TreeHashes.leafHash(entry));
        counts.merge(kindOf(entry), 1L, Long::sum);
        decoded(entry).ifPresent(owners::add);
      }
    }
    if (!java.security.MessageDigest.isEqual(frontier.root(), head.head().rootHash())) {
      throw new UserInputException(
          "AUDIT FAILED: the entries the server serves do not hash to its signed root");
    }
    out.println("entries        " + size + " downloaded, root recomputed: matches");
    counts.forEach((kind, count) -> out.printf("  %-24s %d%n", kind, count));
    long unsigned = owners.unsigned();
    out.println(
        unsigned == 0
            ? "owner signatures every account key entry is signed by its account"
            : "owner signatures WARNING: "
                + unsigned
                + " account key entries lack their account's signature (logged by the server,"
                + " not by the account)");
  }

  private static Optional<KeyEntry> decoded(byte[] entry) {
    try {
      return Optional.of(KeyEntry.decode(entry));
    } catch (MalformedEntryException e) {
      return Optional.empty();
    }
  }

  private static String kindOf(byte[] entry) {
    if (org.aparte.transparency.SupportEvent.isSupportEvent(entry)) {
      return org.aparte.transparency.EntryKind.fromCode(entry[1] & 0xff).orElseThrow().name();
    }
    try {
      return KeyEntry.decode(entry).kind().name();
    } catch (MalformedEntryException e) {
      return "UNDECODABLE";
    }
  }

  /** {@code server}, else {@code APARTE_SERVER}, else the local default; ends with a slash. */
  static URI base(String server) {
    String configured = server != null ? server : System.getenv("APARTE_SERVER");
    String text =
        configured == null || configured.isEmpty() ? "http://127.0.0.1:8080/" : configured;
    return URI.create(text.endsWith("/") ? text : text + "/");
  }
}
