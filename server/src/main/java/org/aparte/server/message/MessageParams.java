package org.aparte.server.message;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aparte.protocol.booking.BookingLimits;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.protocol.message.MessageLimits;
import org.aparte.server.http.StrictUuid;

/** Reads and checks the message routes' path, query and capability header, or answers 400. */
final class MessageParams {
  private static final Pattern THREAD = Pattern.compile("[0-9a-f]{64}");

  private MessageParams() {}

  static byte[] threadId(Context ctx) {
    String text = ctx.pathParam("threadId");
    if (!THREAD.matcher(text).matches()) {
      throw MessageException.badField("threadId", "must be 64 lower-case hex digits");
    }
    return HexFormat.of().parseHex(text);
  }

  static long after(Context ctx) {
    String text = ctx.queryParam("after");
    if (text == null) {
      return 0;
    }
    try {
      long after = Long.parseLong(text);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // Same answer as a negative cursor.
    }
    throw MessageException.badField("after", "must be a cursor from a previous page (0 or more)");
  }

  static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null) {
      return MessageLimits.DEFAULT_PAGE;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MessageLimits.MAX_PAGE) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Same answer as out of range.
    }
    throw MessageException.badField("limit", "must be 1 to " + MessageLimits.MAX_PAGE);
  }

  static UUID uuid(Context ctx, String name) {
    return StrictUuid.parse(ctx.pathParam(name))
        .orElseThrow(() -> MessageException.badField(name, "must be a lower-case UUID"));
  }

  static byte[] cancelSecret(Context ctx) {
    String header = ctx.header(DocumentLimits.CAPABILITY_HEADER);
    byte[] secret;
    try {
      secret = header == null ? null : Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException e) {
      secret = null;
    }
    if (secret == null || secret.length != BookingLimits.CANCEL_SECRET) {
      throw MessageException.badField(
          DocumentLimits.CAPABILITY_HEADER, "must be the booking's cancel secret in base64");
    }
    return secret;
  }
}
