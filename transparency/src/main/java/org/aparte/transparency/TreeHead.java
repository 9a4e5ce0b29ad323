package org.aparte.transparency;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;

/**
 * What the log commits to at one moment: its size, its root and when. Encoded (and signed) as
 * {@code 0x01 (version) || u64 size || 32-byte root || u64 timestamp in ms since the epoch}, all
 * big-endian, 49 bytes.
 */
public record TreeHead(long size, byte[] rootHash, long timestampMillis) {
  public static final int VERSION = 1;
  public static final int ENCODED_LENGTH = 1 + 8 + TreeHashes.HASH_LENGTH + 8;

  public TreeHead {
    if (size < 0 || timestampMillis < 0 || !TreeHashes.wellFormed(rootHash)) {
      throw new IllegalArgumentException(
          "a tree head has a non-negative size and time and a 32-byte root");
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  public byte[] encode() {
    return ByteBuffer.allocate(ENCODED_LENGTH)
        .put((byte) VERSION)
        .putLong(size)
        .put(rootHash)
        .putLong(timestampMillis)
        .array();
  }

  public static TreeHead decode(byte[] encoded) throws MalformedTreeHeadException {
    try {
      ByteReader reader = new ByteReader(encoded, "tree head");
      int version = reader.readUnsignedByte("version");
      if (version != VERSION) {
        throw new MalformedTreeHeadException("tree head: unsupported version " + version);
      }
      long size = readLong(reader, "size");
      byte[] root = reader.readBytes(TreeHashes.HASH_LENGTH, "root");
      long timestamp = readLong(reader, "timestamp");
      reader.requireEnd();
      if (size < 0 || timestamp < 0) {
        throw new MalformedTreeHeadException("tree head: size or timestamp out of range");
      }
      return new TreeHead(size, root, timestamp);
    } catch (MalformedInputException malformed) {
      throw new MalformedTreeHeadException(malformed.getMessage(), malformed);
    }
  }

  private static long readLong(ByteReader reader, String field) throws MalformedInputException {
    return (reader.readUnsignedInt(field) << 32) | reader.readUnsignedInt(field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TreeHead head
        && size == head.size
        && timestampMillis == head.timestampMillis
        && MessageDigest.isEqual(rootHash, head.rootHash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Arrays.hashCode(rootHash);
  }

  @Override
  public String toString() {
    return "TreeHead[size="
        + size
        + ", root="
        + HexFormat.of().formatHex(rootHash)
        + ", at="
        + timestampMillis
        + "]";
  }
}
