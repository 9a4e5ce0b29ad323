package org.aparte.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ours against raw JDK AES-GCM, measured in alternation within one JVM so that other load on a
 * shared machine slows both sides of each round alike. Reports medians of times and of per-round
 * throughput ratios. Run by {@code ./aparte bench paired [rounds]}; reuses the JMH states, primed.
 */
public final class PairedStreamComparison {
  private PairedStreamComparison() {}

  /** Median milliseconds per 256 MiB, and median throughput ratios (raw time / our time). */
  public record Row(
      String direction,
      int exponent,
      double oursMs,
      double perSegmentMs,
      double fromStreamMs,
      double oneOperationMs,
      double ratioToPerSegment,
      double ratioToFromStream,
      double ratioToOneOperation) {}

  @FunctionalInterface
  private interface Op {
    long run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    System.out.println("medians of " + rounds + " rounds; ratio = our throughput / raw throughput");
    System.out.println(
        "| direction | segment | ours ms | raw/segment ms | raw/segment from stream ms"
            + " | raw one-op ms | vs raw/segment | vs raw/segment from stream | vs raw one-op |");
    for (int exponent : new int[] {16, 18, 20}) {
      for (Row row : compare(exponent, Inputs.FILE_BYTES, rounds)) {
        System.out.printf(
            "| %s | %d KiB | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |%n",
            row.direction(),
            (1 << row.exponent()) >> 10,
            row.oursMs(),
            row.perSegmentMs(),
            row.fromStreamMs(),
            row.oneOperationMs(),
            row.ratioToPerSegment(),
            row.ratioToFromStream(),
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
            encrypt::rawGcmPerSegmentFromStream,
            raw::encryptOneOperation);
    encrypt = null; // let the decryption states have the heap
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
            decrypt::rawGcmPerSegmentFromStream,
            raw::decryptOneOperation);
    return List.of(encryption, decryption);
  }

  /** Runs the four operations in turn, {@code rounds} times; the first is ours. */
  private static Row measure(String direction, int exponent, int rounds, Op... ops)
      throws Exception {
    List<List<Double>> times = new ArrayList<>();
    List<List<Double>> ratios = new ArrayList<>();
    for (int i = 0; i < ops.length; i++) {
      times.add(new ArrayList<>());
      ratios.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      double[] ms = new double[ops.length];
      for (int i = 0; i < ops.length; i++) {
        ms[i] = time(ops[i]);
        times.get(i).add(ms[i]);
        ratios.get(i).add(ms[i] / ms[0]);
      }
    }
    return new Row(
        direction,
        exponent,
        median(times.get(0)),
        median(times.get(1)),
        median(times.get(2)),
        median(times.get(3)),
        median(ratios.get(1)),
        median(ratios.get(2)),
        median(ratios.get(3)));
  }

  private static double time(Op op) throws Exception {
    long start = System.nanoTime();
    if (op.run() < 0) {
      throw new IllegalStateException("unreachable: uses the result so it is computed");
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
