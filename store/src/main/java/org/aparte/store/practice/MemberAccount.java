package org.aparte.store.practice;

import java.util.UUID;
import org.aparte.protocol.practice.MemberRole;

/** A practice member with the account's encryption public key (for checking wraps). */
public record MemberAccount(UUID accountId, MemberRole role, byte[] encryptionPublicKey) {}
