package org.aparte.protocol.vault;

/** The version the vault now has. */
public record VaultWriteResponse(long version) {}
