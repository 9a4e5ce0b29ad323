package org.aparte.store.booking;

/** A version of a practice's public key. */
public record PracticeKey(int version, byte[] publicKey) {}
