package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The encryption loop. It reads one byte beyond each segment to learn whether that segment is the
 * last one, so a plaintext whose length is a multiple of the segment size ends with a full final
 * segment rather than an extra empty one.
 */
final class SegmentWriter {
  private final SegmentCipher segments;
  private final int segmentSize;
  private final byte[] plain;
  private final byte[] sealed;

  SegmentWriter(SegmentCipher segments, int segmentSize) {
    this.segments = segments;
    this.segmentSize = segmentSize;
    this.plain = new byte[segmentSize + 1];
    this.sealed = new byte[segmentSize + SegmentCipher.TAG_LENGTH];
  }

  /** Encrypts everything {@code in} holds; returns the number of segment bytes written. */
  long copy(InputStream in, OutputStream out) throws IOException {
    long written = 0;
    int carried = 0;
    for (long index = 0; ; index++) {
      // readNBytes returns fewer bytes than asked only at the end of the stream.
      int available = carried + in.readNBytes(plain, carried, plain.length - carried);
      boolean last = available <= segmentSize;
      if (!last && index + 1 >= SegmentCipher.MAX_SEGMENTS) {
        throw new IllegalArgumentException(
            "plaintext too long: a stream has at most 2^32 segments");
      }
      int length = segments.seal(index, last, plain, last ? available : segmentSize, sealed);
      out.write(sealed, 0, length);
      written += length;
      if (last) {
        return written;
      }
      plain[0] = plain[segmentSize];
      carried = 1;
    }
  }
}
