package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Known answers for RFC 6962/9162 hashing, as published in transparency-dev/merkle's
 * rfc6962/rfc6962_test.go (each is a plain sha256sum over the prefixed bytes).
 */
class TreeHashesTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void emptyTreeRootIsSha256OfNothing() {
    assertThat(HEX.formatHex(TreeHashes.emptyRoot()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void emptyLeafDiffersFromEmptyTree() {
    assertThat(HEX.formatHex(TreeHashes.leafHash(new byte[0])))
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  }

  @Test
  void leafHashPrefixesZero() {
    assertThat(HEX.formatHex(TreeHashes.leafHash(ascii("L123456"))))
        .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
  }

  @Test
  void nodeHashPrefixesOne() {
    assertThat(HEX.formatHex(TreeHashes.nodeHash(ascii("N123"), ascii("N456"))))
        .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
  }

  @Test
  void aNodeIsNotTheLeafOfItsChildren() {
    byte[] left = TreeHashes.leafHash(ascii("Hello"));
    byte[] right = TreeHashes.leafHash(ascii("World"));
    byte[] concatenated = new byte[64];
    System.arraycopy(left, 0, concatenated, 0, 32);
    System.arraycopy(right, 0, concatenated, 32, 32);
    assertThat(TreeHashes.nodeHash(left, right))
        .isNotEqualTo(TreeHashes.leafHash(concatenated))
        .isNotEqualTo(TreeHashes.nodeHash(right, left));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
