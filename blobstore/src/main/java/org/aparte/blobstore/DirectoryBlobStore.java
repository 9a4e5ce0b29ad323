package org.aparte.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Blobs as files in one directory ({@code <data-dir>/blobs} by default). An upload is written to
 * {@code .incoming/} under a fresh temporary name, forced to disk, then renamed over the final name
 * in one atomic move, so a crash leaves at worst a stray temporary file and never a partial blob.
 */
public final class DirectoryBlobStore implements BlobStore {
  static final int COPY_BUFFER = 256 * 1024;

  private static final String INCOMING = ".incoming";
  private final Path root;
  private final Path incoming;

  private DirectoryBlobStore(Path root) {
    this.root = root;
    this.incoming = root.resolve(INCOMING);
  }

  /** Opens (creating if needed) the store in {@code root}, and clears interrupted uploads. */
  public static DirectoryBlobStore open(Path root) throws IOException {
    Objects.requireNonNull(root, "root");
    Path absolute = root.toAbsolutePath().normalize();
    Files.createDirectories(absolute.resolve(INCOMING));
    var store = new DirectoryBlobStore(absolute);
    store.clearIncoming();
    return store;
  }

  @Override
  public void put(BlobId id, InputStream content, long length) throws IOException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Path temporary = incoming.resolve(id + "." + UUID.randomUUID());
    try {
      try (var out =
          new OverlappedSync(
              FileChannel.open(
                  temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        copy(new ExactLengthInputStream(content, length), out);
        out.finish();
      }
      move(temporary, path(id));
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Copies in {@value #COPY_BUFFER}-byte writes: {@code transferTo}'s 16 KiB would cost a write
   * call per 16 KiB of a document (65,536 for 1 GiB).
   */
  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[COPY_BUFFER];
    int filled = 0;
    for (int n; (n = in.read(buffer, filled, buffer.length - filled)) >= 0; ) {
      filled += n;
      if (filled == buffer.length) {
        out.write(buffer, 0, filled);
        filled = 0;
      }
    }
    out.write(buffer, 0, filled);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the blob directory must support atomic renames", e);
    }
  }

  @Override
  public InputStream get(BlobId id) throws IOException {
    try {
      return Files.newInputStream(path(id));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException();
    }
  }

  @Override
  public void delete(BlobId id) throws IOException {
    Files.deleteIfExists(path(id));
  }

  @Override
  public boolean exists(BlobId id) {
    return Files.isRegularFile(path(id));
  }

  @Override
  public String describe() {
    return "directory " + root;
  }

  /** The blobs directory. */
  public Path root() {
    return root;
  }

  private Path path(BlobId id) {
    return root.resolve(Objects.requireNonNull(id, "id").value());
  }

  private void clearIncoming() throws IOException {
    try (var stale = Files.list(incoming)) {
      for (Path file : (Iterable<Path>) stale::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }
}
