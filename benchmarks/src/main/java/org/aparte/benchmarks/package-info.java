/**
 * JMH benchmarks of the crypto module; run them with {@code ./aparte bench [jmh options]} and
 * record the figures in {@code docs/benchmarks.md}.
 *
 * <ul>
 *   <li>{@link org.aparte.benchmarks.StreamEncryptBenchmark}, {@link
 *       org.aparte.benchmarks.StreamDecryptBenchmark}: 256 MiB files at 64 KiB, 256 KiB and 1 MiB
 *       segments, against raw JDK AES-GCM per segment;
 *   <li>{@link org.aparte.benchmarks.RawGcmBenchmark}: raw JDK AES-GCM as one operation;
 *   <li>{@link org.aparte.benchmarks.RecordBenchmark}: 2 KiB records sealed and opened per second;
 *   <li>{@link org.aparte.benchmarks.StreamMemoryCheck}: peak heap while streaming 256 MiB ({@code
 *       ./aparte bench memory}).
 * </ul>
 *
 * <p><b>TODO(wrap): X-Wing key wrap.</b> A {@code WrapBenchmark} measuring seal and open of a data
 * key to an X-Wing public key belongs here once {@code org.aparte.crypto.wrap} is merged; its row
 * is reserved in {@code docs/benchmarks.md}.
 */
package org.aparte.benchmarks;
