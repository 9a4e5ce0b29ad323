package org.aparte.cli.log;

import java.util.List;

/** {@code /.well-known/aparte-bundle.json}, as web/scripts/integrity.mjs writes it (version 1). */
public record WebBundleManifest(
    int version, String algorithm, List<FileHash> files, String bundleHash) {
  public WebBundleManifest {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** One served file: its path under the site root and the lower-case hex SHA-256 of its bytes. */
  public record FileHash(String path, String sha256) {}
}
