package org.aparte.protocol.log;

import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/** Field rules shared by the log's wire records. */
final class LogChecks {
  static final int HASH = 32;

  /** A proof over 2^63 leaves has at most 126 hashes; more is not a proof. */
  static final int MAX_PROOF_HASHES = 128;

  private LogChecks() {}

  static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidFieldException(field, "must not be negative");
    }
  }

  static void hash(String field, byte[] value) {
    Check.bytes(field, value, HASH, HASH);
  }

  static List<byte[]> hashes(String field, List<byte[]> value) {
    List<byte[]> copy = Check.list(field, value, 0, MAX_PROOF_HASHES);
    copy.forEach(hash -> hash(field, hash));
    return copy;
  }
}
