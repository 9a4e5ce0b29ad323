/**
 * The HTTP load driver behind {@code ./aparte load}: starts the platform in a child JVM ({@link
 * org.aparte.benchmarks.load.ChildPlatform}), sets up bookable capacity through the SDK ({@link
 * org.aparte.benchmarks.load.Capacity}), encrypts every booking before the timed phase ({@link
 * org.aparte.benchmarks.load.PreparedBodies}), books them on the anonymous path in an open or
 * closed loop ({@link org.aparte.benchmarks.load.BookingLoad}), and times search over many
 * practices seeded with SQL ({@link org.aparte.benchmarks.load.SearchBench}). Results and the
 * method are in {@code docs/benchmarks.md}.
 */
package org.aparte.benchmarks.load;
