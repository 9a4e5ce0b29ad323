package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The ciphertext of a stream, produced as it is read: each time its buffer runs dry it reads and
 * seals the next segment of the plaintext, on the reader's thread. A consumer that pulls (an HTTP
 * body publisher) thus drives encryption directly, without a writer thread or a pipe between them,
 * and memory stays at one segment in and one out. Like {@link SegmentWriter} it reads one byte
 * beyond each segment to learn whether that segment is the last one.
 */
final class EncryptingInputStream extends InputStream {
  private final SegmentCipher segments;
  private final int segmentSize;
  private final InputStream plaintext;
  private final byte[] plain;
  private byte[] sealed;
  private int position;
  private int limit;
  private long index;
  private int carried;
  private boolean finished;

  EncryptingInputStream(
      SegmentCipher segments, int segmentSize, byte[] header, InputStream plaintext) {
    this.segments = segments;
    this.segmentSize = segmentSize;
    this.plaintext = plaintext;
    this.plain = new byte[segmentSize + 1];
    this.sealed = new byte[Math.max(header.length, segmentSize + SegmentCipher.TAG_LENGTH)];
    System.arraycopy(header, 0, sealed, 0, header.length);
    this.limit = header.length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (position == limit && !sealNext()) {
      return -1;
    }
    int n = Math.min(length, limit - position);
    System.arraycopy(sealed, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public int available() {
    return limit - position;
  }

  /** Seals the next segment into the buffer; false once the final segment has been read. */
  private boolean sealNext() throws IOException {
    if (finished) {
      return false;
    }
    // readNBytes returns fewer bytes than asked only at the end of the stream.
    int available = carried + plaintext.readNBytes(plain, carried, plain.length - carried);
    boolean last = available <= segmentSize;
    if (!last && index + 1 >= SegmentCipher.MAX_SEGMENTS) {
      throw new IllegalArgumentException("plaintext too long: a stream has at most 2^32 segments");
    }
    limit = segments.seal(index, last, plain, last ? available : segmentSize, sealed);
    position = 0;
    index++;
    if (last) {
      finished = true;
      Arrays.fill(plain, (byte) 0);
    } else {
      plain[0] = plain[segmentSize];
      carried = 1;
    }
    return true;
  }

  /** Closes the plaintext. */
  @Override
  public void close() throws IOException {
    finished = true;
    position = limit;
    Arrays.fill(plain, (byte) 0);
    plaintext.close();
  }
}
