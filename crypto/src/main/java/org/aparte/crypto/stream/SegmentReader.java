package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.TruncatedStreamException;

/**
 * The decryption loop, fed bytes as they arrive. The input is cut into chunks of segment size +
 * tag; a chunk is the final segment exactly when nothing follows it, so a chunk is opened as
 * non-final only once one byte after it has arrived, and the last one at {@link #finish}. Each
 * segment's plaintext is written only after its tag verifies.
 */
final class SegmentReader {
  private final SegmentCipher segments;
  private final int chunkSize;
  private final byte[] sealed;
  private final byte[] plain;
  private int filled;
  private long index;
  private long written;

  SegmentReader(SegmentCipher segments, int segmentSize) {
    this.segments = segments;
    this.chunkSize = segmentSize + SegmentCipher.TAG_LENGTH;
    this.sealed = new byte[chunkSize + 1];
    this.plain = new byte[segmentSize];
  }

  /** Takes all of {@code in}, writing each non-final segment once it authenticates. */
  void update(ByteBuffer in, OutputStream out)
      throws IOException, DecryptionFailedException, MalformedInputException {
    while (in.hasRemaining()) {
      int n = Math.min(in.remaining(), sealed.length - filled);
      in.get(sealed, filled, n);
      filled += n;
      if (filled == sealed.length) {
        checkIndex();
        int length = segments.open(index, false, sealed, chunkSize, plain);
        out.write(plain, 0, length);
        written += length;
        index++;
        sealed[0] = sealed[chunkSize];
        filled = 1;
      }
    }
  }

  /** Opens what is left as the final segment; returns the plaintext bytes written in all. */
  long finish(OutputStream out)
      throws IOException,
          DecryptionFailedException,
          MalformedInputException,
          TruncatedStreamException {
    checkIndex();
    int length = openFinal();
    out.write(plain, 0, length);
    return written + length;
  }

  private void checkIndex() throws MalformedInputException {
    if (index >= SegmentCipher.MAX_SEGMENTS) {
      throw new MalformedInputException("stream: more than 2^32 segments");
    }
  }

  private int openFinal() throws DecryptionFailedException, TruncatedStreamException {
    if (filled == 0) { // only possible right after the header: no segment at all
      throw new TruncatedStreamException("stream: no segment after the header");
    }
    if (filled < SegmentCipher.TAG_LENGTH) {
      throw new DecryptionFailedException("stream: final segment shorter than a tag");
    }
    try {
      return segments.open(index, true, sealed, filled, plain);
    } catch (DecryptionFailedException notFinal) {
      // Only a full chunk can be a non-final segment. If it authenticates as one, the stream was
      // cut at a segment boundary: say so rather than reporting tampering. Its plaintext is
      // dropped.
      if (filled == chunkSize && authenticatesAsNonFinal()) {
        throw new TruncatedStreamException("stream: ends after segment " + index + ", not final");
      }
      throw notFinal;
    }
  }

  private boolean authenticatesAsNonFinal() {
    try {
      segments.open(index, false, sealed, chunkSize, plain);
      Arrays.fill(plain, (byte) 0);
      return true;
    } catch (DecryptionFailedException e) {
      return false;
    }
  }
}
