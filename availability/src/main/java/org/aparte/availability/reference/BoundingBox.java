package org.aparte.availability.reference;

/**
 * A latitude/longitude rectangle that contains a search circle, for an index-friendly SQL prefilter
 * before the exact distance:
 *
 * <pre>{@code
 * latitude BETWEEN :minLatitude AND :maxLatitude
 *   AND (crossesAntimeridian
 *        ? (longitude >= :minLongitude OR longitude <= :maxLongitude)
 *        : longitude BETWEEN :minLongitude AND :maxLongitude)
 * }</pre>
 *
 * When the circle crosses the 180th meridian, {@code minLongitude > maxLongitude} and the box is
 * the two strips either side of it. When it reaches a pole, longitudes span -180 to 180.
 */
public record BoundingBox(
    double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

  public BoundingBox {
    GeoDistance.checkPoint(minLatitude, minLongitude);
    GeoDistance.checkPoint(maxLatitude, maxLongitude);
    if (maxLatitude < minLatitude) {
      throw new IllegalArgumentException("bounding box max latitude is below min latitude");
    }
  }

  public boolean crossesAntimeridian() {
    return minLongitude > maxLongitude;
  }

  public boolean contains(double latitude, double longitude) {
    if (latitude < minLatitude || latitude > maxLatitude) {
      return false;
    }
    return crossesAntimeridian()
        ? longitude >= minLongitude || longitude <= maxLongitude
        : longitude >= minLongitude && longitude <= maxLongitude;
  }
}
