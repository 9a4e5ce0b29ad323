package org.aparte.blobstore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A file written as it arrives and forced to disk in steps while it is still being written: each
 * time {@link #STEP_BYTES} more have been written, a {@code force} of what is there starts on its
 * own thread (unless the previous one is still running), so the disk writes most of a large upload
 * while the network delivers the rest, and the final {@link #finish} forces only the tail. With one
 * force at the end, a 1 GiB upload waited for the whole file to reach the disk after its last byte.
 */
final class OverlappedSync extends OutputStream {
  static final long STEP_BYTES = 32L << 20;

  private final FileChannel channel;
  private final long step;
  private long unsynced;
  private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

  OverlappedSync(FileChannel channel) {
    this(channel, STEP_BYTES);
  }

  OverlappedSync(FileChannel channel, long step) {
    this.channel = channel;
    this.step = step;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] buffer, int offset, int length) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, length);
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    unsynced += length;
    if (unsynced >= step && pending.isDone()) {
      failIfFlushFailed();
      unsynced = 0;
      pending = CompletableFuture.runAsync(this::forceData, Thread::startVirtualThread);
    }
  }

  /** Waits for a force in flight, then forces the file, data and metadata. */
  void finish() throws IOException {
    await();
    channel.force(true);
  }

  /** Waits for a force in flight, so that the channel can be closed. */
  @Override
  public void close() throws IOException {
    try {
      await();
    } finally {
      channel.close();
    }
  }

  private void await() throws IOException {
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the file was forced to disk", e);
    } catch (ExecutionException e) {
      throw flushFailure(e.getCause());
    }
  }

  private void failIfFlushFailed() throws IOException {
    if (pending.isCompletedExceptionally()) {
      await();
    }
  }

  private void forceData() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IOException flushFailure(Throwable cause) {
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    return new IOException("could not force the file to disk", cause);
  }
}
