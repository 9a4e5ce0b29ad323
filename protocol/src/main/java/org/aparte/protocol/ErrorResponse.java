package org.aparte.protocol;

/** Every 4xx/5xx body: a stable machine code, a human message, and the offending field if any. */
public record ErrorResponse(String error, String message, String field) {}
