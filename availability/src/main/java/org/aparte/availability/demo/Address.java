package org.aparte.availability.demo;

import java.util.regex.Pattern;

/**
 * A practice's street address and its coordinates (WGS 84 decimal degrees).
 *
 * @param street number and street, e.g. "12 rue Pasteur"
 * @param postcode five-digit French postcode
 * @param city city name
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record Address(
    String street, String postcode, String city, double latitude, double longitude) {
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

  public Address {
    DemoChecks.text(street, 120, "address street");
    DemoChecks.text(city, 80, "address city");
    if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
      throw new IllegalArgumentException("address postcode must be five digits");
    }
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("address coordinates are out of range");
    }
  }
}
