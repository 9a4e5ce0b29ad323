package org.aparte.cli.log;

/**
 * {@code log-trust.json} in the profile: the log key pinned on first contact with a server, and the
 * newest tree head verified since (null until one is).
 */
public record LogTrustFile(
    String server,
    byte[] logPublicKey,
    Long treeSize,
    byte[] rootHash,
    Long timestampMillis,
    byte[] signature) {}
