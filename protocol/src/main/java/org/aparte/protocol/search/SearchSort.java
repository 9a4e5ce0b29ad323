package org.aparte.protocol.search;

/** Search result order: nearest first, or earliest free slot first. */
public enum SearchSort {
  DISTANCE,
  EARLIEST
}
