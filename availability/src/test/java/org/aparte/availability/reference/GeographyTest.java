package org.aparte.availability.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.aparte.availability.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeographyTest {

  private static City city(String name) {
    return Cities.byName(name).orElseThrow(() -> new AssertionError("no city " + name));
  }

  @Test
  void citiesLoad() {
    List<City> cities = Cities.all();
    assertThat(cities).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cities).extracting(City::name).doesNotHaveDuplicates();
    // All of metropolitan France and Corsica fits in this box.
    assertThat(cities)
        .allSatisfy(
            c -> {
              assertThat(c.latitude()).isBetween(41.3, 51.1);
              assertThat(c.longitude()).isBetween(-5.2, 9.6);
            });
    assertThat(city("Paris").postcode()).isEqualTo("75001");
    assertThat(city("Paris").phoneArea()).isEqualTo(1);
    assertThat(city("saint etienne").name()).isEqualTo("Saint-Étienne");
    assertThat(city("NÎMES").postcode()).isEqualTo("30000");
    assertThat(city("Ajaccio").phoneArea()).isEqualTo(4);
    assertThat(Cities.byName("Atlantis")).isEmpty();
  }

  /** Commonly cited great-circle distances between city centres, to within 1%. */
  @ParameterizedTest
  @CsvSource({
    "Paris, Lyon, 392",
    "Paris, Marseille, 661",
    "Paris, Toulouse, 589",
    "Paris, Bordeaux, 499",
    "Paris, Lille, 204",
    "Paris, Strasbourg, 397",
    "Paris, Nice, 686"
  })
  void knownDistances(String from, String to, double km) {
    City a = city(from);
    City b = city(to);
    double d = GeoDistance.haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    assertThat(d).isCloseTo(km, within(km * 0.01));
    assertThat(GeoDistance.haversineKm(b.latitude(), b.longitude(), a.latitude(), a.longitude()))
        .isCloseTo(d, within(1e-9));
  }

  @Test
  void distancesOnTheSphereFromGeometry() {
    double r = GeoDistance.EARTH_RADIUS_KM;
    assertThat(GeoDistance.haversineKm(0, 0, 1, 0)).isCloseTo(Math.PI * r / 180, within(1e-9));
    assertThat(GeoDistance.haversineKm(0, 0, 0, 90)).isCloseTo(Math.PI * r / 2, within(1e-9));
    // Haversine is ill-conditioned at antipodes (it works on 1 - a with a close to 1): a metre.
    assertThat(GeoDistance.haversineKm(10, 20, -10, -160)).isCloseTo(Math.PI * r, within(1e-3));
    assertThat(GeoDistance.haversineKm(48.85, 2.35, 48.85, 2.35)).isZero();
    assertThat(GeoDistance.haversineKm(0, 179.5, 0, -179.5))
        .isCloseTo(Math.PI * r / 180, within(1e-6));
  }

  /** Cross-check against the spherical law of cosines, a different formula for the same arc. */
  @Test
  void agreesWithTheLawOfCosines() {
    Trials.forAll(
        5_000,
        random -> {
          double[] p = randomPoint(random);
          double[] q = randomPoint(random);
          double phi1 = Math.toRadians(p[0]);
          double phi2 = Math.toRadians(q[0]);
          double cos =
              Math.sin(phi1) * Math.sin(phi2)
                  + Math.cos(phi1) * Math.cos(phi2) * Math.cos(Math.toRadians(q[1] - p[1]));
          double expected = GeoDistance.EARTH_RADIUS_KM * Math.acos(Math.max(-1, Math.min(1, cos)));
          assertThat(GeoDistance.haversineKm(p[0], p[1], q[0], q[1]))
              .isCloseTo(expected, within(0.01));
        });
  }

  @Test
  void badCoordinatesAreRefused() {
    assertThatThrownBy(() -> GeoDistance.haversineKm(91, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(() -> GeoDistance.haversineKm(0, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> GeoDistance.boundingBox(0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius");
  }

  @Test
  void boundingBoxAroundParis() {
    City paris = city("Paris");
    BoundingBox box = GeoDistance.boundingBox(paris.latitude(), paris.longitude(), 10);
    assertThat(box.crossesAntimeridian()).isFalse();
    assertThat(box.maxLatitude() - box.minLatitude()).isCloseTo(20 / 111.195, within(1e-3));
    assertThat(box.maxLongitude() - box.minLongitude())
        .isGreaterThan(box.maxLatitude() - box.minLatitude()); // meridians converge
    assertThat(box.contains(paris.latitude(), paris.longitude())).isTrue();
    City argenteuil = city("Argenteuil"); // about 13 km away
    assertThat(
            GeoDistance.boundingBox(paris.latitude(), paris.longitude(), 5)
                .contains(argenteuil.latitude(), argenteuil.longitude()))
        .isFalse();
  }

  @Test
  void boundingBoxesAtThePolesAndTheAntimeridian() {
    BoundingBox polar = GeoDistance.boundingBox(89.5, 10, 100);
    assertThat(polar.maxLatitude()).isEqualTo(90);
    assertThat(polar.minLongitude()).isEqualTo(-180);
    assertThat(polar.maxLongitude()).isEqualTo(180);
    BoundingBox fiji = GeoDistance.boundingBox(-17.7, 179.9, 50);
    assertThat(fiji.crossesAntimeridian()).isTrue();
    assertThat(fiji.contains(-17.7, -179.9)).isTrue();
    assertThat(fiji.contains(-17.7, 0)).isFalse();
    BoundingBox point = GeoDistance.boundingBox(0, 180, 0);
    assertThat(point.contains(0, 180)).isTrue();
  }

  /** Every point within the radius lies in the box, anywhere on Earth and at any size. */
  @Test
  void boundingBoxContainsTheCircle() {
    Trials.forAll(
        20_000,
        random -> {
          double[] centre = randomPoint(random);
          double radius =
              random.nextInt(4) == 0 ? random.nextDouble() * 5 : random.nextDouble() * 3000;
          BoundingBox box = GeoDistance.boundingBox(centre[0], centre[1], radius);
          double distance = radius * (random.nextBoolean() ? 0.999999 : random.nextDouble());
          double[] p = destination(centre, random.nextDouble() * 2 * Math.PI, distance);
          assertThat(GeoDistance.haversineKm(centre[0], centre[1], p[0], p[1]))
              .isCloseTo(distance, within(1e-6 + distance * 1e-9));
          assertThat(box.contains(p[0], p[1]))
              .as(
                  "centre %s,%s radius %s point %s,%s box %s",
                  centre[0], centre[1], radius, p[0], p[1], box)
              .isTrue();
        });
  }

  private static double[] randomPoint(Random random) {
    return new double[] {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180};
  }

  /** The point at {@code km} from {@code start} on initial bearing {@code bearing} (radians). */
  private static double[] destination(double[] start, double bearing, double km) {
    double delta = km / GeoDistance.EARTH_RADIUS_KM;
    double phi1 = Math.toRadians(start[0]);
    double lambda1 = Math.toRadians(start[1]);
    double phi2 =
        Math.asin(
            Math.sin(phi1) * Math.cos(delta)
                + Math.cos(phi1) * Math.sin(delta) * Math.cos(bearing));
    double lambda2 =
        lambda1
            + Math.atan2(
                Math.sin(bearing) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
    double lon = Math.toDegrees(lambda2);
    lon = ((lon + 540) % 360) - 180; // normalise to [-180, 180)
    return new double[] {Math.max(-90, Math.min(90, Math.toDegrees(phi2))), lon};
  }
}
