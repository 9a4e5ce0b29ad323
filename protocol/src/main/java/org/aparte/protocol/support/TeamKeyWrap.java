package org.aparte.protocol.support;

/** One team key version with its private key wrapped to the asking agent. */
public record TeamKeyWrap(int version, byte[] publicKey, byte[] wrappedKey) {}
