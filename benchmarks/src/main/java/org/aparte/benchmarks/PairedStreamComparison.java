package org.aparte.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ours against raw JDK AES-GCM, measured in alternation within one JVM so that other load on a
 * shared machine slows both sides of each pair alike. Reports medians of times and of per-round
 * ratios. Run by {@code ./aparte bench paired [rounds]}; it reuses the JMH state classes, primed.
 */
public final class PairedStreamComparison {
  private PairedStreamComparison() {}

  /** Medians for one segment size and direction; throughput ratios are raw time / our time. */
  public record Row(
      String direction,
      int exponent,
      double oursMs,
      double perSegmentMs,
      double oneOpMs,
      double ratioToPerSegment,
      double ratioToOneOperation) {}

  @FunctionalInterface
  private interface Op {
    long run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    System.out.printf(
        "%-8s %8s %10s %14s %10s %18s %18s%n",
        "",
        "segment",
        "ours ms",
        "raw/segment ms",
        "raw 1-op ms",
        "ours vs raw/seg",
        "ours vs raw 1-op");
    for (int exponent : new int[] {16, 18, 20}) {
      for (Row row : compare(exponent, Inputs.FILE_BYTES, rounds)) {
        System.out.printf(
            "%-8s %6d K %10.1f %14.1f %10.1f %17.2fx %17.2fx%n",
            row.direction(),
            (1 << row.exponent()) >> 10,
            row.oursMs(),
            row.perSegmentMs(),
            row.oneOpMs(),
            row.ratioToPerSegment(),
            row.ratioToOneOperation());
      }
    }
  }

  public static List<Row> compare(int exponent, long fileBytes, int rounds) throws Exception {
    RawGcmBenchmark raw = new RawGcmBenchmark();
    raw.fileBytes = fileBytes;
    raw.primeJit = true;
    raw.setUp();
    StreamEncryptBenchmark encrypt = new StreamEncryptBenchmark();
    encrypt.segmentExponent = exponent;
    encrypt.fileBytes = fileBytes;
    encrypt.primeJit = true;
    encrypt.setUp();
    Row encryption =
        measure(
            "encrypt",
            exponent,
            rounds,
            encrypt::aparteStream,
            encrypt::rawGcmPerSegment,
            raw::encryptOneOperation);
    StreamDecryptBenchmark decrypt = new StreamDecryptBenchmark();
    decrypt.segmentExponent = exponent;
    decrypt.fileBytes = fileBytes;
    decrypt.primeJit = true;
    decrypt.setUp();
    Row decryption =
        measure(
            "decrypt",
            exponent,
            rounds,
            decrypt::aparteStream,
            decrypt::rawGcmPerSegment,
            raw::decryptOneOperation);
    return List.of(encryption, decryption);
  }

  private static Row measure(
      String direction, int exponent, int rounds, Op ours, Op perSegment, Op oneOp)
      throws Exception {
    List<Double> oursMs = new ArrayList<>();
    List<Double> perSegmentMs = new ArrayList<>();
    List<Double> oneOpMs = new ArrayList<>();
    List<Double> toPerSegment = new ArrayList<>();
    List<Double> toOneOp = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double a = time(ours);
      double b = time(perSegment);
      double c = time(oneOp);
      oursMs.add(a);
      perSegmentMs.add(b);
      oneOpMs.add(c);
      toPerSegment.add(b / a);
      toOneOp.add(c / a);
    }
    return new Row(
        direction,
        exponent,
        median(oursMs),
        median(perSegmentMs),
        median(oneOpMs),
        median(toPerSegment),
        median(toOneOp));
  }

  private static double time(Op op) throws Exception {
    long start = System.nanoTime();
    if (op.run() < 0) {
      throw new IllegalStateException("unreachable: keeps the result alive");
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
