package org.aparte.protocol.practice;

import java.util.UUID;

/**
 * One entry of {@code GET /v1/practices/{id}/members}: a member, its role, and its account's X-Wing
 * public key, which an admin needs to wrap a rotated practice key to every remaining member.
 */
public record PracticeMember(UUID accountId, MemberRole role, byte[] encryptionPublicKey) {}
