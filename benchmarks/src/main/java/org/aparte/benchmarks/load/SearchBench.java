package org.aparte.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.aparte.availability.reference.Cities;
import org.aparte.availability.reference.City;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.search.SearchSort;
import org.aparte.store.DatabaseConfig;

/**
 * Search latency over many practices. Creating tens of thousands of practices through the API (each
 * with an X-Wing key pair made and wrapped on the client) would take far longer than the
 * measurement, so they are inserted with SQL straight into the server's database: public profile
 * rows around the bundled French cities, one shared (real, decodable) public key, one online visit
 * type each with weekday opening hours, so that "earliest availability" has calendars to compute.
 * Then {@code GET /v1/search} is timed from one client, one query at a time.
 */
final class SearchBench {
  private static final int BATCH = 1000;

  /** Latencies per sort order, and answers that were not 200. */
  record Result(int practices, Map<SearchSort, Latencies> bySort, Map<String, Integer> failures) {}

  private SearchBench() {}

  /** Inserts {@code count} practices; deterministic for a given seed. */
  static void seed(DatabaseConfig config, int count, long seed) throws SQLException {
    Random random = new Random(seed);
    List<City> cities = Cities.all();
    List<Specialty> specialties = Specialties.standard().all();
    byte[] publicKey = EncryptionKeyPair.generate(new SecureRandom()).publicKey().encoded();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c =
        DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
      c.setAutoCommit(false);
      try (PreparedStatement practice =
              c.prepareStatement(
                  "INSERT INTO practices (id, name, practitioners, specialty, address, postcode,"
                      + " city, latitude, longitude, languages, phone, time_zone, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Europe/Paris', ?)");
          PreparedStatement key =
              c.prepareStatement(
                  "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                      + " VALUES (?, 1, ?, ?)");
          PreparedStatement type =
              c.prepareStatement(
                  "INSERT INTO visit_types (id, practice_id, name, duration_minutes,"
                      + " bookable_online, capacity) VALUES (?, ?, 'Consultation', 20, true, 1)");
          PreparedStatement rule =
              c.prepareStatement(
                  "INSERT INTO opening_rules (id, visit_type_id, day_of_week, start_time,"
                      + " end_time) VALUES (?, ?, ?, ?, ?)")) {
        Array languages = c.createArrayOf("text", new String[] {"fr"});
        for (int i = 0; i < count; i++) {
          City city = cities.get(random.nextInt(cities.size()));
          Specialty specialty = specialties.get(random.nextInt(specialties.size()));
          UUID id = new UUID(seed, i);
          practice.setObject(1, id);
          practice.setString(2, "Cabinet " + i);
          practice.setArray(3, c.createArrayOf("text", new String[] {"Dr Praticien " + i}));
          practice.setString(4, specialty.code());
          practice.setString(5, (1 + i % 200) + " rue de la Recherche");
          practice.setString(6, city.postcode());
          practice.setString(7, city.name());
          // Within about 15 km of the city centre.
          practice.setDouble(8, city.latitude() + (random.nextDouble() - 0.5) * 0.27);
          practice.setDouble(9, city.longitude() + (random.nextDouble() - 0.5) * 0.4);
          practice.setArray(10, languages);
          practice.setString(11, "+33 1 00 00 00 00");
          practice.setTimestamp(12, now);
          practice.addBatch();
          key.setObject(1, id);
          key.setBytes(2, publicKey);
          key.setTimestamp(3, now);
          key.addBatch();
          UUID visitType = new UUID(seed ^ 0x5eed, i);
          type.setObject(1, visitType);
          type.setObject(2, id);
          type.addBatch();
          int startHour = 8 + random.nextInt(3);
          for (int d = 1; d <= 5; d++) {
            rule.setObject(1, UUID.randomUUID());
            rule.setObject(2, visitType);
            rule.setInt(3, DayOfWeek.of(d).getValue());
            rule.setObject(4, LocalTime.of(startHour, 0));
            rule.setObject(5, LocalTime.of(startHour + 8, 0));
            rule.addBatch();
          }
          if ((i + 1) % BATCH == 0 || i == count - 1) {
            practice.executeBatch();
            key.executeBatch();
            type.executeBatch();
            rule.executeBatch();
            c.commit();
          }
        }
      }
      c.setAutoCommit(true);
      try (Statement analyze = c.createStatement()) {
        analyze.execute("ANALYZE");
      }
    }
  }

  /** Total practices in the database (the seeded ones and any others). */
  static int countPractices(DatabaseConfig config) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT count(*) FROM practices")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /**
   * Times {@code queries} searches per sort order (after {@code warmup} untimed ones): a random
   * city, a random specialty, a radius of 5, 10, 25 or 50 km.
   */
  static Result measure(URI base, int practices, int queries, int warmup, long seed)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Random random = new Random(seed);
    List<City> cities = Cities.all();
    List<Specialty> specialties = Specialties.standard().all();
    double[] radii = {5, 10, 25, 50};
    Map<SearchSort, Latencies> bySort = new TreeMap<>();
    Map<String, Integer> failures = new TreeMap<>();
    for (SearchSort sort : SearchSort.values()) {
      long[] nanos = new long[queries];
      for (int q = -warmup; q < queries; q++) {
        City city = cities.get(random.nextInt(cities.size()));
        String query =
            String.format(
                Locale.ROOT,
                "v1/search?specialty=%s&lat=%.4f&lon=%.4f&radiusKm=%.0f&sort=%s",
                specialties.get(random.nextInt(specialties.size())).code(),
                city.latitude(),
                city.longitude(),
                radii[random.nextInt(radii.length)],
                sort.name().toLowerCase(Locale.ROOT));
        HttpRequest request =
            HttpRequest.newBuilder(base.resolve(query)).timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (answer.statusCode() != 200) {
          failures.merge(sort + " " + answer.statusCode(), 1, Integer::sum);
        }
        if (q >= 0) {
          nanos[q] = elapsed;
        }
      }
      bySort.put(sort, new Latencies(nanos));
    }
    return new Result(practices, bySort, failures);
  }
}
