package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.TruncatedStreamException;

/**
 * The decryption loop. The input is cut into chunks of segment size + tag; a chunk is the final
 * segment exactly when nothing follows it (one byte of look-ahead tells). Each segment's plaintext
 * is written only after its tag verifies.
 */
final class SegmentReader {
  private final SegmentCipher segments;
  private final int chunkSize;
  private final byte[] sealed;
  private final byte[] plain;

  SegmentReader(SegmentCipher segments, int segmentSize) {
    this.segments = segments;
    this.chunkSize = segmentSize + SegmentCipher.TAG_LENGTH;
    this.sealed = new byte[chunkSize + 1];
    this.plain = new byte[segmentSize];
  }

  /** Decrypts every segment of {@code in}; returns the number of plaintext bytes written. */
  long copy(InputStream in, OutputStream out)
      throws IOException,
          DecryptionFailedException,
          MalformedInputException,
          TruncatedStreamException {
    long written = 0;
    int carried = 0;
    for (long index = 0; ; index++) {
      if (index >= SegmentCipher.MAX_SEGMENTS) {
        throw new MalformedInputException("stream: more than 2^32 segments");
      }
      int available = carried + in.readNBytes(sealed, carried, sealed.length - carried);
      if (available > chunkSize) {
        int length = segments.open(index, false, sealed, chunkSize, plain);
        out.write(plain, 0, length);
        written += length;
        sealed[0] = sealed[chunkSize];
        carried = 1;
        continue;
      }
      int length = openFinal(index, available);
      out.write(plain, 0, length);
      return written + length;
    }
  }

  private int openFinal(long index, int available)
      throws DecryptionFailedException, TruncatedStreamException {
    if (available == 0) { // only possible right after the header: no segment at all
      throw new TruncatedStreamException("stream: no segment after the header");
    }
    if (available < SegmentCipher.TAG_LENGTH) {
      throw new DecryptionFailedException("stream: final segment shorter than a tag");
    }
    try {
      return segments.open(index, true, sealed, available, plain);
    } catch (DecryptionFailedException notFinal) {
      // Only a full chunk can be a non-final segment. If it authenticates as one, the stream was
      // cut at a segment boundary: say so rather than reporting tampering. Its plaintext is
      // dropped.
      if (available == chunkSize && authenticatesAsNonFinal(index)) {
        throw new TruncatedStreamException("stream: ends after segment " + index + ", not final");
      }
      throw notFinal;
    }
  }

  private boolean authenticatesAsNonFinal(long index) {
    try {
      segments.open(index, false, sealed, chunkSize, plain);
      Arrays.fill(plain, (byte) 0);
      return true;
    } catch (DecryptionFailedException e) {
      return false;
    }
  }
}
