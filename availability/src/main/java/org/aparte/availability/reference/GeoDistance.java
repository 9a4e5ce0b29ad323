package org.aparte.availability.reference;

/** Great-circle distances on a spherical Earth, good to about 0.5% anywhere. */
public final class GeoDistance {
  /** The IUGG mean Earth radius, in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GeoDistance() {}

  /**
   * The great-circle distance in kilometres between two points given in decimal degrees, by the
   * haversine formula (numerically stable for short distances, unlike the law of cosines).
   */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    checkPoint(lat1, lon1);
    checkPoint(lat2, lon2);
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
    double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
    double a =
        sinHalfDeltaPhi * sinHalfDeltaPhi
            + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
    // atan2 rather than asin(sqrt(a)): asin loses precision as points approach antipodes.
    a = Math.min(1.0, a);
    return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /**
   * The smallest latitude/longitude box containing every point within {@code radiusKm} of the
   * centre (J. P. Matuschek's method): latitudes widen by the angular radius; longitudes by {@code
   * asin(sin r / cos lat)}, the meridians tangent to the circle, unless the circle reaches a pole,
   * in which case all longitudes are in.
   */
  public static BoundingBox boundingBox(double latitude, double longitude, double radiusKm) {
    checkPoint(latitude, longitude);
    if (!(radiusKm >= 0) || Double.isInfinite(radiusKm)) {
      throw new IllegalArgumentException("radius must be a finite number of kilometres, 0 or more");
    }
    double r = radiusKm / EARTH_RADIUS_KM;
    double lat = Math.toRadians(latitude);
    double lon = Math.toRadians(longitude);
    double minLat = lat - r;
    double maxLat = lat + r;
    if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
      return new BoundingBox(
          Math.toDegrees(Math.max(minLat, -Math.PI / 2)),
          Math.toDegrees(Math.min(maxLat, Math.PI / 2)),
          -180,
          180);
    }
    // Away from the poles sin r < cos lat, so the ratio stays below 1.
    double deltaLon = Math.asin(Math.sin(r) / Math.cos(lat));
    double minLon = lon - deltaLon;
    double maxLon = lon + deltaLon;
    if (minLon < -Math.PI) {
      minLon += 2 * Math.PI; // wraps: the box crosses the antimeridian
    }
    if (maxLon > Math.PI) {
      maxLon -= 2 * Math.PI;
    }
    return new BoundingBox(
        degrees(minLat, 90), degrees(maxLat, 90), degrees(minLon, 180), degrees(maxLon, 180));
  }

  /** Radians to degrees, clamped to [-limit, limit] against rounding at the edges. */
  private static double degrees(double radians, double limit) {
    return Math.max(-limit, Math.min(limit, Math.toDegrees(radians)));
  }

  static void checkPoint(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180");
    }
  }
}
