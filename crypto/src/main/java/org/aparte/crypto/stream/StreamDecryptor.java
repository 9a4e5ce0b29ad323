package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * Decryption of a {@link StreamCipher} stream pushed in pieces of any size as they arrive (e.g. the
 * buffers of an HTTP response), with the same checks and the same errors as {@link
 * StreamCipher#decrypt}: each segment's plaintext goes to the output once it authenticates, and
 * {@link #finish} opens the final one. <b>Until {@code finish} returns, the output is
 * unauthenticated as a whole</b>: after any exception the caller discards it. Once a call has
 * thrown, or {@code finish} has run, the decryptor refuses further input. Not thread-safe: one
 * producer at a time.
 */
public final class StreamDecryptor {
  private final SecretBytes fileKey;
  private final byte[] associatedData;
  private final OutputStream plaintext;
  private final byte[] header = new byte[StreamHeader.LENGTH];
  private int headerFilled;
  private SegmentReader segments;
  private boolean closed;

  StreamDecryptor(SecretBytes fileKey, byte[] associatedData, OutputStream plaintext) {
    this.fileKey = fileKey;
    this.associatedData = associatedData.clone();
    this.plaintext = plaintext;
  }

  /** Takes all of {@code ciphertext}'s remaining bytes. */
  public void update(ByteBuffer ciphertext) throws IOException, CryptoException {
    requireOpen();
    closed = true; // until this call completes: a failure leaves the decryptor refusing input
    if (segments == null) {
      readHeader(ciphertext);
    }
    if (segments != null) {
      segments.update(ciphertext, plaintext);
    }
    closed = false;
  }

  public void update(byte[] ciphertext, int offset, int length)
      throws IOException, CryptoException {
    update(ByteBuffer.wrap(ciphertext, offset, length));
  }

  /**
   * Opens the final segment and flushes the output; returns the number of plaintext bytes written.
   *
   * @throws MalformedInputException no input, or a truncated header
   * @throws org.aparte.crypto.TruncatedStreamException the input ended after a non-final segment
   * @throws org.aparte.crypto.DecryptionFailedException the final segment does not authenticate
   */
  public long finish() throws IOException, CryptoException {
    requireOpen();
    closed = true;
    if (segments == null) {
      throw new MalformedInputException(
          headerFilled == 0 ? "stream: empty input, no header" : "stream: truncated header");
    }
    long written = segments.finish(plaintext);
    plaintext.flush();
    return written;
  }

  private void readHeader(ByteBuffer in)
      throws MalformedInputException, UnsupportedVersionException {
    int n = Math.min(in.remaining(), header.length - headerFilled);
    in.get(header, headerFilled, n);
    headerFilled += n;
    if (headerFilled > 0 && header[0] != StreamHeader.VERSION) {
      throw new UnsupportedVersionException("stream: unknown format version " + (header[0] & 0xff));
    }
    if (headerFilled == header.length) {
      StreamHeader parsed = StreamHeader.parse(header);
      segments =
          new SegmentReader(
              SegmentCipher.forStream(fileKey, associatedData, parsed), parsed.segmentSize());
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the decryptor has finished or failed");
    }
  }
}
