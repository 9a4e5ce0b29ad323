package org.aparte.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file is forced in steps while it is written, and once more, with its metadata, at the end;
 * what was written is what the file holds; a force that failed in the background fails the upload.
 */
class OverlappedSyncTest {
  @TempDir Path directory;

  @Test
  void forcesInStepsWhileWritingThenOnceWithMetadataAtTheEnd() throws IOException {
    byte[] data = new byte[1 << 20];
    new Random(3).nextBytes(data);
    Path file = directory.resolve("blob");
    var channel = new WatchedChannel(open(file), false);
    try (var out = new OverlappedSync(channel, 64 * 1024)) {
      for (int at = 0; at < data.length; at += 4096) {
        out.write(data, at, 4096);
      }
      out.finish();
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(data);
    assertThat(channel.dataForces.get()).isPositive();
    assertThat(channel.fullForces).hasValue(1);
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void aSmallFileIsForcedOnlyAtTheEnd() throws IOException {
    var channel = new WatchedChannel(open(directory.resolve("small")), false);
    try (var out = new OverlappedSync(channel)) {
      out.write(new byte[1000], 0, 1000);
      out.finish();
    }
    assertThat(channel.dataForces).hasValue(0);
    assertThat(channel.fullForces).hasValue(1);
  }

  @Test
  void aFailedStepForceFailsTheUpload() throws IOException {
    var channel = new WatchedChannel(open(directory.resolve("failing")), true);
    try (var out = new OverlappedSync(channel, 1024)) {
      out.write(new byte[4096], 0, 4096);
      assertThatThrownBy(out::finish)
          .isInstanceOf(IOException.class)
          .hasMessage("the disk refused");
      assertThat(channel.fullForces).hasValue(0);
    } catch (IOException closing) {
      // close() reports the same failure again; the assertion above is what matters.
    }
    assertThat(channel.isOpen()).isFalse();
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** A real channel whose forces are counted, and refused if asked. */
  private static final class WatchedChannel extends DelegatingFileChannel {
    final AtomicInteger dataForces = new AtomicInteger();
    final AtomicInteger fullForces = new AtomicInteger();
    private final boolean refuse;

    WatchedChannel(FileChannel real, boolean refuse) {
      super(real);
      this.refuse = refuse;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      if (refuse) {
        throw new IOException("the disk refused");
      }
      (metaData ? fullForces : dataForces).incrementAndGet();
      super.force(metaData);
    }
  }
}
