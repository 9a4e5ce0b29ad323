package org.aparte.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 section 2.1.1 hashing with SHA-256. The 0x00 and 0x01 prefixes keep a leaf from ever
 * being read as an interior node (a second-preimage attack on the tree).
 */
public final class TreeHashes {
  public static final int HASH_LENGTH = 32;
  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(TreeHashes::newDigest);

  private TreeHashes() {}

  /** MTH({}) = SHA-256 of the empty string. */
  public static byte[] emptyRoot() {
    return digest().digest();
  }

  /** SHA-256(0x00 || entry). */
  public static byte[] leafHash(byte[] entry) {
    MessageDigest digest = digest();
    digest.update(LEAF_PREFIX);
    digest.update(entry);
    return digest.digest();
  }

  /** SHA-256(0x01 || left || right). */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest digest = digest();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /** Whether {@code hash} is a present, SHA-256-sized value. */
  static boolean wellFormed(byte[] hash) {
    return hash != null && hash.length == HASH_LENGTH;
  }

  static void requireHash(byte[] hash, String what) throws MalformedHashException {
    if (!wellFormed(hash)) {
      throw new MalformedHashException(what);
    }
  }

  private static MessageDigest digest() {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return digest;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
