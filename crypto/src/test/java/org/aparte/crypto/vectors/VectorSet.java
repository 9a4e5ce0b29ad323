package org.aparte.crypto.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.List;

/**
 * One language-neutral vector file under {@code testdata/vectors/}: how to make it and how to check
 * it. The Java tests and the browser tests both read the committed files, so the two clients cannot
 * drift apart.
 *
 * <p>File shape: {@code {"format", "version", "description", "cases": [...]}}. A case with {@code
 * "valid": false} names the exception the decoder must raise in {@code "error"} (the simple class
 * name without the {@code Exception} suffix, e.g. {@code "DecryptionFailed"}).
 */
public interface VectorSet {
  /** File name without {@code .json}. */
  String name();

  ObjectNode generate(SecureRandom random) throws Exception;

  /**
   * Checks every case of {@code file} and returns one message per failing case (empty: all pass).
   */
  List<String> check(ObjectNode file) throws Exception;
}
