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
 *   <li>{@link org.aparte.benchmarks.KeyWrapBenchmark}: data keys wrapped to and unwrapped from an
 *       X-Wing (and, for comparison, an X25519) key per second;
 *   <li>{@link org.aparte.benchmarks.StreamMemoryCheck}: peak heap while streaming 256 MiB ({@code
 *       ./aparte bench memory}).
 * </ul>
 */
package org.aparte.benchmarks;
