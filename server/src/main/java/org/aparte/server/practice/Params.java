package org.aparte.server.practice;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.aparte.server.errors.BadRequestException;

/** Path and query parameters, parsed strictly; a failure names the parameter, never its value. */
public final class Params {
  private static final int MAX_PARAM = 100;

  private Params() {}

  public static UUID pathUuid(Context ctx, String name) {
    return uuid(name, ctx.pathParam(name));
  }

  public static UUID uuid(String name, String text) {
    if (text == null || text.isEmpty()) {
      throw new BadRequestException(name, "is required");
    }
    try {
      UUID id = UUID.fromString(text);
      if (!id.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
        throw new BadRequestException(name, "must be a UUID");
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, "must be a UUID");
    }
  }

  /** The query parameter, or null when absent or empty; refused when absurdly long. */
  public static String query(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_PARAM) {
      throw new BadRequestException(name, "is too long");
    }
    return value;
  }

  public static Double decimal(Context ctx, String name, double min, double max) {
    String text = query(ctx, name);
    if (text == null) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "must be a number");
    }
    if (!(value >= min && value <= max)) {
      throw new BadRequestException(name, "must be between " + min + " and " + max);
    }
    return value;
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    String text = query(ctx, name);
    if (text == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "must be an integer");
    }
    if (value < min || value > max) {
      throw new BadRequestException(name, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * An ISO instant ({@code 2026-03-30T07:00:00Z}) or a local date ({@code 2026-03-30}), which
   * stands for the start of that day in {@code zone} (the day after when {@code endOfDay}).
   */
  public static Instant instantOrDate(Context ctx, String name, ZoneId zone, boolean endOfDay) {
    String text = query(ctx, name);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new BadRequestException(name, "must be an ISO date or instant");
    }
  }
}
