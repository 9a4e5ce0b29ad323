package org.aparte.cli.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.aparte.cli.UserInputException;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.log.LogClient;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.WebBundleStatement;

/**
 * {@code aparte audit --web-bundle}: downloads every file of the web app the server serves,
 * recomputes the bundle hash from those bytes (not from the manifest's word), and compares it with
 * the web bundle hashes in the transparency log, each proven included in the verified head.
 */
final class WebBundleAudit {
  private final AnonymousTransport site;
  private final LogClient log;

  WebBundleAudit(AnonymousTransport site, LogClient log) {
    this.site = site;
    this.log = log;
  }

  /** The served bundle's hash, recomputed from the served files; fails if they differ. */
  String servedHash() throws IOException, ApiError {
    WebBundleManifest manifest =
        site.call("GET", ".well-known/aparte-bundle.json", null, WebBundleManifest.class);
    if (manifest.version() != 1 || manifest.files().isEmpty()) {
      throw new UserInputException(
          "AUDIT FAILED: the server's aparte-bundle.json is not version 1");
    }
    StringBuilder listing = new StringBuilder();
    List<WebBundleManifest.FileHash> files = new ArrayList<>(manifest.files());
    files.sort(Comparator.comparing(WebBundleManifest.FileHash::path));
    for (WebBundleManifest.FileHash file : files) {
      String served = sha256(file.path());
      if (!served.equals(file.sha256())) {
        throw new UserInputException(
            "AUDIT FAILED: the server serves "
                + file.path()
                + " with another hash than its manifest");
      }
      listing.append(served).append("  ").append(file.path()).append('\n');
    }
    String recomputed =
        HexFormat.of()
            .formatHex(digest().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    if (!recomputed.equals(manifest.bundleHash())) {
      throw new UserInputException(
          "AUDIT FAILED: the served files hash to "
              + recomputed
              + ", not to the manifest's bundle hash "
              + manifest.bundleHash());
    }
    return recomputed;
  }

  /** Every web bundle the log shows under {@code head}, each proven included. */
  List<WebBundleVerdict.Logged> logged(SignedTreeHead head) throws IOException, ApiError {
    List<WebBundleVerdict.Logged> out = new ArrayList<>();
    for (KeyProofResponse proof :
        log.keyHistory("web-bundle", EntryKind.WEB_BUNDLE_SUBJECT).versions()) {
      try {
        if (proof.treeSize() != head.head().size()) {
          throw new UserInputException(
              "AUDIT FAILED: a web bundle proof is for another tree size than the verified head");
        }
        InclusionVerifier.verify(
            proof.leafIndex(),
            proof.treeSize(),
            TreeHashes.leafHash(proof.entry()),
            proof.path(),
            head.head().rootHash());
        KeyEntry entry = KeyEntry.decode(proof.entry());
        if (entry.kind() != EntryKind.WEB_BUNDLE
            || !entry.subjectId().equals(EntryKind.WEB_BUNDLE_SUBJECT)) {
          throw new UserInputException("AUDIT FAILED: the log answered another entry kind");
        }
        out.add(
            new WebBundleVerdict.Logged(
                entry.keyVersion(),
                WebBundleStatement.decode(entry.publicKey()).hex(),
                Instant.ofEpochMilli(entry.timestampMillis())));
      } catch (TransparencyException invalid) {
        throw new UserInputException(
            "AUDIT FAILED: a web bundle entry does not verify: " + invalid.getMessage());
      }
    }
    out.sort(Comparator.comparingInt(WebBundleVerdict.Logged::version));
    return out;
  }

  private String sha256(String path) throws IOException, ApiError {
    if (path.startsWith("/") || path.contains("..")) {
      throw new UserInputException("AUDIT FAILED: the manifest names a path outside the site");
    }
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(site.download(path, Map.of()), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
