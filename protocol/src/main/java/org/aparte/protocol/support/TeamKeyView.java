package org.aparte.protocol.support;

/** The support team's current public key and its version. */
public record TeamKeyView(int version, byte[] publicKey) {}
