package org.aparte.protocol.message;

import java.util.UUID;

/** A stored message: its place in the thread ({@code seq}, increasing), author side, ciphertext. */
public record MessageView(long seq, UUID messageId, MessageSender sender, byte[] ciphertext) {}
