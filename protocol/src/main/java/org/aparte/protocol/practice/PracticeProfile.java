package org.aparte.protocol.practice;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/**
 * A practice's public profile, as patients see it in search results. Everything here is public by
 * design. The specialty code is checked against the specialty list by the server.
 */
public record PracticeProfile(
    String name,
    List<String> practitioners,
    String specialty,
    String address,
    String postcode,
    String city,
    Double latitude,
    Double longitude,
    List<String> languages,
    String phone,
    String timeZone) {
  private static final Pattern SPECIALTY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern POSTCODE = Pattern.compile("[0-9A-Za-z -]{2,12}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{4,30}");

  public PracticeProfile {
    Check.text("name", name, 1, 120);
    practitioners = Lists.of("practitioners", practitioners, 1, 50);
    for (String practitioner : practitioners) {
      Check.text("practitioners", practitioner, 1, 120);
    }
    Check.present("specialty", specialty);
    if (specialty.length() > 40) {
      throw new InvalidFieldException("specialty", "must be at most 40 characters");
    }
    Check.matches("specialty", specialty, SPECIALTY, "a specialty code");
    Check.text("address", address, 1, 200);
    Check.matches("postcode", postcode, POSTCODE, "a postcode");
    Check.text("city", city, 1, 100);
    Check.range("latitude", Check.present("latitude", latitude), -90.0, 90.0);
    Check.range("longitude", Check.present("longitude", longitude), -180.0, 180.0);
    languages = Lists.of("languages", languages, 0, 20);
    for (String language : languages) {
      Check.matches("languages", language, LANGUAGE, "ISO 639 language codes");
    }
    Check.matches("phone", phone, PHONE, "a phone number");
    Check.present("timeZone", timeZone);
    if (timeZone.length() > 64 || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw new InvalidFieldException("timeZone", "must be an IANA time zone id");
    }
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
