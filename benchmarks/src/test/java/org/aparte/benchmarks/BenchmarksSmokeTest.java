package org.aparte.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.stream.StreamCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once on tiny inputs and checks what it returns, so a broken benchmark
 * fails {@code ./aparte test} instead of producing meaningless numbers later.
 */
class BenchmarksSmokeTest {
  /** Three full 64 KiB segments and a partial one, not a multiple of the 1 MiB pattern. */
  private static final long SMALL_FILE = 3 * 65536 + 1234;

  @ParameterizedTest
  @ValueSource(ints = {16, 20})
  void streamEncryptionWritesTheExactCiphertextSize(int exponent) throws Exception {
    StreamEncryptBenchmark benchmark = new StreamEncryptBenchmark();
    benchmark.segmentExponent = exponent;
    benchmark.fileBytes = SMALL_FILE;
    benchmark.primeJit = exponent == 16; // priming runs the same code on tiny inputs: check it
    benchmark.setUp();

    long expected = StreamCipher.withSegmentExponent(exponent).ciphertextSize(SMALL_FILE);
    assertThat(benchmark.aparteStream()).isEqualTo(expected);
    assertThat(benchmark.rawGcmPerSegment()).isEqualTo(expected - 41);
    assertThat(benchmark.rawGcmPerSegmentFromStream()).isEqualTo(expected - 41);
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 20})
  void streamDecryptionRecoversEveryByte(int exponent) throws Exception {
    StreamDecryptBenchmark benchmark = new StreamDecryptBenchmark();
    benchmark.segmentExponent = exponent;
    benchmark.fileBytes = SMALL_FILE;
    benchmark.setUp();

    assertThat(benchmark.aparteStream()).isEqualTo(SMALL_FILE);
    assertThat(benchmark.rawGcmPerSegment()).isEqualTo(SMALL_FILE);
    assertThat(benchmark.rawGcmPerSegmentFromStream()).isEqualTo(SMALL_FILE);
  }

  @Test
  void rawOneOperationCoversTheWholeFile() throws Exception {
    RawGcmBenchmark benchmark = new RawGcmBenchmark();
    benchmark.fileBytes = 2 * Inputs.PATTERN_BYTES + 77;
    benchmark.setUp();

    assertThat(benchmark.encryptOneOperation()).isEqualTo(benchmark.fileBytes + 16);
    assertThat(benchmark.encryptOneOperation()).isEqualTo(benchmark.fileBytes + 16);
    assertThat(benchmark.decryptOneOperation()).isEqualTo(benchmark.fileBytes);
  }

  @Test
  void recordsSealAndOpen() throws Exception {
    RecordBenchmark benchmark = new RecordBenchmark();
    benchmark.plaintextBytes = 2048;
    benchmark.setUp();

    byte[] sealed = benchmark.sealWithFreshKey().ciphertext();
    assertThat(RecordCipher.parseHeader(sealed).paddedLength()).isEqualTo(4096);
    assertThat(benchmark.open()).isEqualTo(Inputs.bytes(2048, 3));
  }

  @Test
  void keysWrapAndUnwrapForBothSuites() throws Exception {
    for (String kind : new String[] {"X_WING", "X25519"}) {
      KeyWrapBenchmark benchmark = new KeyWrapBenchmark();
      benchmark.kind = kind;
      benchmark.setUp();
      assertThat(benchmark.seal()).hasSize(kind.equals("X_WING") ? 1186 : 98);
      assertThat(benchmark.open().length()).isEqualTo(32);
    }
  }

  @Test
  void memoryCheckSeesEqualDigests() throws Exception {
    StreamMemoryCheck.Result result = StreamMemoryCheck.run(5L << 20, 16);
    assertThat(result.digestsMatch()).isTrue();
    assertThat(result.peakHeapBytes()).isPositive();
  }

  @Test
  void pairedComparisonReportsBothDirections() throws Exception {
    var rows = PairedStreamComparison.compare(16, SMALL_FILE, 2);
    assertThat(rows)
        .extracting(PairedStreamComparison.Row::direction)
        .containsExactly("encrypt", "decrypt");
    assertThat(rows).allSatisfy(row -> assertThat(row.ratioToPerSegment()).isPositive());
  }

  @Test
  void repeatingInputServesExactlyItsLength() throws Exception {
    byte[] pattern = {1, 2, 3};
    byte[] all = new RepeatingInputStream(pattern, 7).readAllBytes();
    assertThat(all).containsExactly(1, 2, 3, 1, 2, 3, 1);
  }

  @Test
  void bookingTokenBenchmarksProduceTokensThatVerify() throws Exception {
    BookingTokenBenchmark benchmark = new BookingTokenBenchmark();
    benchmark.keyBits = 2048;
    benchmark.setUp();

    assertThat(benchmark.blindSign()).hasSize(256);
    assertThat(benchmark.verify().epoch()).isEqualTo(7);
    assertThat(benchmark.clientBlind().blindedMessage()).hasSize(256);
    assertThat(benchmark.clientFinalize().signature()).hasSize(256);
  }
}
