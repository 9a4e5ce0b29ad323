package org.aparte.availability.reference;

import java.util.regex.Pattern;

/**
 * A city of the demo geography.
 *
 * @param name the city's name, with its accents
 * @param postcode a five-digit French postcode of the city
 * @param latitude approximate centre, decimal degrees, -90 to 90
 * @param longitude approximate centre, decimal degrees, -180 to 180
 * @param phoneArea the digit after 0 in the region's landline numbers, 1 to 5
 */
public record City(String name, String postcode, double latitude, double longitude, int phoneArea) {
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

  public City {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("city name is required");
    }
    if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
      throw new IllegalArgumentException("city postcode must be five digits");
    }
    GeoDistance.checkPoint(latitude, longitude);
    if (phoneArea < 1 || phoneArea > 5) {
      throw new IllegalArgumentException("city phone area must be 1 to 5");
    }
  }
}
