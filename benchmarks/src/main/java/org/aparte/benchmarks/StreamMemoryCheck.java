package org.aparte.benchmarks;

import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.stream.StreamCipher;

/**
 * Shows that streaming keeps memory flat: encrypts a generated file into a pipe, decrypts it on the
 * other end into a digest, and reports the peak heap in use. Run by {@code ./aparte bench memory}
 * with a 32 MiB heap: holding the 256 MiB file would fail outright.
 */
public final class StreamMemoryCheck {
  private StreamMemoryCheck() {}

  /** What one run observed. */
  public record Result(
      long fileBytes, boolean digestsMatch, long peakHeapBytes, long maxHeapBytes) {}

  public static void main(String[] args) throws Exception {
    long fileBytes = args.length > 0 ? Long.parseLong(args[0]) : Inputs.FILE_BYTES;
    int exponent =
        args.length > 1 ? Integer.parseInt(args[1]) : StreamCipher.DEFAULT_SEGMENT_EXPONENT;
    Result result = run(fileBytes, exponent);
    System.out.printf(
        "streamed %d MiB (segments 2^%d) through encrypt and decrypt: digests %s,"
            + " peak heap used %.1f MiB of a %.0f MiB maximum%n",
        result.fileBytes() >> 20,
        exponent,
        result.digestsMatch() ? "equal" : "DIFFERENT",
        result.peakHeapBytes() / 1048576.0,
        result.maxHeapBytes() / 1048576.0);
    if (!result.digestsMatch()) {
      System.exit(1);
    }
  }

  public static Result run(long fileBytes, int segmentExponent) throws Exception {
    SecureRandom random = new SecureRandom();
    SecretBytes key = SecretBytes.random(32, random);
    byte[] fileId = {'m', 'e', 'm'};
    StreamCipher cipher = StreamCipher.withSegmentExponent(segmentExponent);
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    byte[] pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    for (int left = (int) (fileBytes / pattern.length); left > 0; left--) {
      sent.update(pattern);
    }
    sent.update(pattern, 0, (int) (fileBytes % pattern.length));

    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    PipedInputStream pipeIn = new PipedInputStream(1 << 16);
    PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
    CompletableFuture<Long> encryption =
        CompletableFuture.supplyAsync(
            () -> {
              try (OutputStream out = pipeOut) {
                return cipher.encrypt(
                    key, fileId, new RepeatingInputStream(pattern, fileBytes), out, random);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    StreamCipher.decrypt(
        key, fileId, pipeIn, new DigestOutputStream(OutputStream.nullOutputStream(), received));
    encryption.get();
    return new Result(
        fileBytes,
        MessageDigest.isEqual(sent.digest(), received.digest()),
        peakHeap(),
        Runtime.getRuntime().maxMemory());
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
