package org.aparte.blobstore;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opaque blobs under random ids. The store never sees plaintext: callers hand it ciphertext.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #put} is atomic: a reader sees either no blob or the whole of one complete upload,
 *       never a partial one, even if the writer dies midway. Putting the same id again replaces the
 *       blob atomically, so a retried upload (the caller maps its upload id to one blob id) leaves
 *       exactly one blob.
 *   <li>{@link #put} reads exactly {@code length} bytes and streams them: memory does not grow with
 *       the blob's size. A stream shorter or longer than {@code length} stores nothing.
 *   <li>{@link #delete} erases the blob; deleting a missing blob is not an error.
 * </ul>
 */
public interface BlobStore {
  /**
   * Stores {@code content} under {@code id}, replacing any blob there.
   *
   * @throws BlobLengthException the stream ended before, or went on after, {@code length} bytes
   */
  void put(BlobId id, InputStream content, long length) throws IOException;

  /**
   * The blob's bytes; the caller closes the stream.
   *
   * @throws BlobNotFoundException no blob has this id
   */
  InputStream get(BlobId id) throws IOException;

  /** Erases the blob if it exists. */
  void delete(BlobId id) throws IOException;

  boolean exists(BlobId id) throws IOException;

  /** What the store is, for the start-up line (no credentials). */
  String describe();
}
