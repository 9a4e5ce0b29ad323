package org.aparte.transparency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.aparte.crypto.Labels;

/**
 * What a {@link EntryKind#WEB_BUNDLE} log entry carries in its key field: the web app bundle's hash
 * (the {@code bundleHash} of {@code /.well-known/aparte-bundle.json}, SHA-256 of the bundle's
 * sorted {@code sha256sum} listing). Encoding:
 *
 * <pre>
 * 0x01 (format version) || utf8("aparte/web-bundle/v1") || 0x00 || 32-byte bundle hash
 * </pre>
 *
 * The label keeps these bytes from ever being read as a public key or any other logged value.
 */
public record WebBundleStatement(byte[] bundleHash) {
  public static final int FORMAT_VERSION = 1;
  public static final int HASH_LENGTH = 32;
  private static final byte[] LABEL = Labels.WEB_BUNDLE.getBytes(StandardCharsets.UTF_8);
  private static final int LENGTH = 1 + LABEL.length + 1 + HASH_LENGTH;

  public WebBundleStatement {
    if (bundleHash == null || bundleHash.length != HASH_LENGTH) {
      throw new IllegalArgumentException("a bundle hash has exactly 32 bytes");
    }
    bundleHash = bundleHash.clone();
  }

  /** From the manifest's lower-case hex {@code bundleHash}. */
  public static WebBundleStatement ofHex(String hex) {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a bundle hash is 64 lower-case hex digits");
    }
    return new WebBundleStatement(HexFormat.of().parseHex(hex));
  }

  @Override
  public byte[] bundleHash() {
    return bundleHash.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(bundleHash);
  }

  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(LENGTH);
    out.write(FORMAT_VERSION);
    out.writeBytes(LABEL);
    out.write(0);
    out.writeBytes(bundleHash);
    return out.toByteArray();
  }

  /** Checks, in order: format version, exact length, label, then takes the hash. */
  public static WebBundleStatement decode(byte[] encoded) throws MalformedEntryException {
    if (encoded == null || encoded.length == 0) {
      throw new MalformedEntryException("web bundle statement: empty");
    }
    if ((encoded[0] & 0xff) != FORMAT_VERSION) {
      throw new MalformedEntryException(
          "web bundle statement: unsupported format version " + (encoded[0] & 0xff));
    }
    if (encoded.length != LENGTH) {
      throw new MalformedEntryException("web bundle statement: wrong length");
    }
    if (!Arrays.equals(encoded, 1, 1 + LABEL.length, LABEL, 0, LABEL.length)
        || encoded[1 + LABEL.length] != 0) {
      throw new MalformedEntryException("web bundle statement: wrong label");
    }
    return new WebBundleStatement(Arrays.copyOfRange(encoded, LENGTH - HASH_LENGTH, LENGTH));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebBundleStatement that && Arrays.equals(bundleHash, that.bundleHash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bundleHash);
  }

  @Override
  public String toString() {
    return "WebBundleStatement[" + hex() + "]";
  }
}
