package org.aparte.leaktest;

/** A place searched: what it is (for the report) and how many bytes it held. */
public record Source(String kind, String name, long bytes) {}
