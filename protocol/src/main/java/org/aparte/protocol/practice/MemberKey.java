package org.aparte.protocol.practice;

/**
 * One entry of {@code GET /v1/practices/{id}/keys/mine}: a key version, its public key, and its
 * private key wrapped to the calling member.
 */
public record MemberKey(int version, byte[] publicKey, byte[] wrappedKey) {}
