package org.aparte.leaktest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches bytes for many needles at once. Needles are indexed by their first two bytes, so each
 * position of the haystack costs one table look-up; streams are read in chunks that overlap by the
 * longest needle, so a needle across a chunk boundary is still found, exactly once.
 */
public final class Scanner {
  private static final int CHUNK = 1 << 20;

  private final List<List<Needle>> byPrefix = new ArrayList<>(65_536);
  private final int longest;

  public Scanner(List<Needle> needles) {
    for (int i = 0; i < 65_536; i++) {
      byPrefix.add(null);
    }
    int max = 2;
    for (Needle needle : needles) {
      byte[] bytes = needle.raw();
      int prefix = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
      if (byPrefix.get(prefix) == null) {
        byPrefix.set(prefix, new ArrayList<>());
      }
      byPrefix.get(prefix).add(needle);
      max = Math.max(max, bytes.length);
    }
    this.longest = max;
  }

  /** Every needle occurrence in {@code haystack}. */
  public List<Hit> scan(String source, byte[] haystack) {
    List<Hit> hits = new ArrayList<>();
    scan(source, haystack, haystack.length, haystack.length, 0, hits);
    return hits;
  }

  /** Every needle occurrence in {@code in}, read to its end. */
  public List<Hit> scan(String source, InputStream in) throws IOException {
    List<Hit> hits = new ArrayList<>();
    byte[] buffer = new byte[CHUNK + longest];
    int kept = 0;
    long bufferStart = 0;
    while (true) {
      int read = in.readNBytes(buffer, kept, buffer.length - kept);
      int filled = kept + read;
      boolean last = read == 0 || filled < buffer.length;
      // Matches must start before the overlap region, unless this is the end of the stream:
      // the overlap is scanned again with the next chunk.
      int startLimit = last ? filled : filled - (longest - 1);
      scan(source, buffer, filled, startLimit, bufferStart, hits);
      if (last) {
        return hits;
      }
      kept = filled - startLimit;
      System.arraycopy(buffer, startLimit, buffer, 0, kept);
      bufferStart += startLimit;
    }
  }

  private void scan(String source, byte[] data, int length, int limit, long base, List<Hit> hits) {
    for (int i = 0; i + 1 < length && i < limit; i++) {
      List<Needle> candidates = byPrefix.get(((data[i] & 0xff) << 8) | (data[i + 1] & 0xff));
      if (candidates == null) {
        continue;
      }
      for (Needle needle : candidates) {
        if (matches(data, length, i, needle.raw())) {
          hits.add(new Hit(needle.canary(), needle.encoding(), source, base + i));
        }
      }
    }
  }

  private static boolean matches(byte[] data, int length, int at, byte[] needle) {
    if (at + needle.length > length) {
      return false;
    }
    for (int j = 2; j < needle.length; j++) {
      if (data[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }
}
