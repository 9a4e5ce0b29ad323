package org.aparte.server.log;

import io.javalin.http.Context;
import java.util.HexFormat;
import org.aparte.server.errors.BadRequestException;

/** Query parameters of the log routes: non-negative whole numbers and hex hashes. */
final class LogParams {
  private LogParams() {}

  /** The parameter, or {@code null} when absent. */
  static Long size(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value < 0) {
        throw new BadRequestException(name, "must not be negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "must be a whole number");
    }
  }

  static long required(Context ctx, String name) {
    Long value = size(ctx, name);
    if (value == null) {
      throw new BadRequestException(name, "is required");
    }
    return value;
  }

  static byte[] hash(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    return hex(name, text, 32);
  }

  /** {@code text} as exactly {@code length} bytes of hex. */
  static byte[] hex(String name, String text, int length) {
    String rule = "must be " + (2 * length) + " hex digits";
    if (text.length() != 2 * length) {
      throw new BadRequestException(name, rule);
    }
    try {
      return HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, rule);
    }
  }
}
