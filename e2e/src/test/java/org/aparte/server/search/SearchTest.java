package org.aparte.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.aparte.client.practice.Practices;
import org.aparte.client.practice.SearchQuery;
import org.aparte.protocol.search.SearchHit;
import org.aparte.protocol.search.SearchResponse;
import org.aparte.protocol.search.SearchSort;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Public search: specialty, radius, distance and earliest-slot order, paging, bad input. */
class SearchTest {
  // Wednesday 25 March 2026, 13:00 in Paris.
  private static final Instant NOW = Instant.parse("2026-03-25T12:00:00Z");
  private static final PracticeTestKit KIT = new PracticeTestKit(NOW);
  private static final Practices PUBLIC = KIT.anonymousPractices();
  private static final double LAT = 48.8566;
  private static final double LON = 2.3522;

  private static UUID near;
  private static UUID middle;
  private static UUID farther;
  private static UUID wrongSpecialty;
  private static UUID lyon;
  private static UUID middleConsult;

  @BeforeAll
  static void setUp() {
    near = practice("Cœur Opéra", "cardiologie", 48.8600, 2.3500);
    middle = practice("Cardio Nord", "cardiologie", 48.9000, 2.3522);
    farther = practice("Cardio Est", "cardiologie", 48.8566, 2.5000);
    wrongSpecialty = practice("Peau Centre", "dermatologie", 48.8570, 2.3525);
    lyon = practice("Cardio Lyon", "cardiologie", 45.76, 4.84);
    // near opens on Fridays, middle on Thursdays (tomorrow), farther never.
    visitType(near, "Consultation", 5, true);
    middleConsult = visitType(middle, "Téléconsultation", 4, true);
    visitType(farther, "Consultation", 4, false);
  }

  @AfterAll
  static void stop() {
    KIT.close();
  }

  private static UUID practice(String name, String specialty, double lat, double lon) {
    UUID id = UUID.randomUUID();
    KIT.database()
        .transaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO practices (id, name, practitioners, specialty, address,"
                          + " postcode, city, latitude, longitude, languages, phone, time_zone,"
                          + " created_at) VALUES (?, ?, ARRAY['Dr A'], ?, '1 rue X', '75001',"
                          + " 'Paris', ?, ?, ARRAY['fr'], '+33 1 00 00 00 00', 'Europe/Paris', ?)")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, specialty);
                insert.setDouble(4, lat);
                insert.setDouble(5, lon);
                insert.setTimestamp(6, Timestamp.from(NOW));
                return insert.executeUpdate();
              }
            });
    return id;
  }

  /** A 60-minute visit type open 09:00 to 12:00 on one ISO day of the week. */
  private static UUID visitType(UUID practice, String name, int isoDay, boolean online) {
    UUID id = UUID.randomUUID();
    KIT.database()
        .transaction(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO visit_types (id, practice_id, name, duration_minutes,"
                        + " bookable_online, capacity) VALUES ('"
                        + id
                        + "', '"
                        + practice
                        + "', '"
                        + name
                        + "', 60, "
                        + online
                        + ", 1); INSERT INTO opening_rules (id, visit_type_id, day_of_week,"
                        + " start_time, end_time) VALUES ('"
                        + UUID.randomUUID()
                        + "', '"
                        + id
                        + "', "
                        + isoDay
                        + ", '09:00', '12:00')"));
    return id;
  }

  private static SearchQuery.Builder cardiologyNearParis() {
    return SearchQuery.builder().specialty("cardiologie").near(LAT, LON, 20);
  }

  @Test
  void specialtyAndRadiusGiveTheRightPracticesNearestFirst() throws Exception {
    SearchResponse response = PUBLIC.search(cardiologyNearParis().build());
    assertThat(response.hits()).extracting(SearchHit::id).containsExactly(near, middle, farther);
    assertThat(response.hits())
        .extracting(SearchHit::distanceKm)
        .isSorted()
        .allSatisfy(d -> assertThat(d).isLessThan(20));
    assertThat(response.more()).isFalse();
    assertThat(response.hits().get(1).earliest().slotId())
        .isEqualTo(middleConsult + "@2026-03-26T08:00:00Z");
    assertThat(response.hits().get(2).earliest()).isNull();
  }

  @Test
  void freeTextFindsTheSpecialty() throws Exception {
    SearchResponse response =
        PUBLIC.search(SearchQuery.builder().specialty("cardiologue").near(LAT, LON, 20).build());
    assertThat(response.hits()).extracting(SearchHit::id).containsExactly(near, middle, farther);
    assertThat(
            PUBLIC
                .search(SearchQuery.builder().specialty("dermato").near(LAT, LON, 5).build())
                .hits())
        .extracting(SearchHit::id)
        .containsExactly(wrongSpecialty);
  }

  @Test
  void resultsArePaged() throws Exception {
    SearchResponse first = PUBLIC.search(cardiologyNearParis().size(2).build());
    assertThat(first.hits()).extracting(SearchHit::id).containsExactly(near, middle);
    assertThat(first.more()).isTrue();
    SearchResponse second = PUBLIC.search(cardiologyNearParis().size(2).page(1).build());
    assertThat(second.hits()).extracting(SearchHit::id).containsExactly(farther);
    assertThat(second.more()).isFalse();
  }

  @Test
  void earliestOrderPutsTheFirstFreeSlotFirstAndPracticesWithoutSlotsLast() throws Exception {
    SearchResponse response =
        PUBLIC.search(cardiologyNearParis().sort(SearchSort.EARLIEST).build());
    assertThat(response.hits()).extracting(SearchHit::id).containsExactly(middle, near, farther);
    // Without a place, everywhere in France by specialty: Lyon has no visit types, so it is last.
    SearchResponse national =
        PUBLIC.search(
            SearchQuery.builder().specialty("cardiologie").sort(SearchSort.EARLIEST).build());
    assertThat(national.hits())
        .extracting(SearchHit::id)
        .containsExactly(middle, near, farther, lyon);
    assertThat(national.hits().get(0).distanceKm()).isNull();
  }

  @Test
  void aVisitTypeFilterKeepsOnlyPracticesOfferingIt() throws Exception {
    SearchResponse response = PUBLIC.search(cardiologyNearParis().visitType("teleconsult").build());
    assertThat(response.hits()).extracting(SearchHit::id).containsExactly(middle);
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    assertBad("v1/search?specialty=cardiologie&size=51", "size");
    assertBad("v1/search?specialty=cardiologie&page=-1", "page");
    assertBad("v1/search?lat=48.8", "lon");
    assertBad("v1/search?lat=abc&lon=2", "lat");
    assertBad("v1/search?lat=48.8&lon=2&radiusKm=1000", "radiusKm");
    assertBad("v1/search?specialty=cardiologie&sort=random", "sort");
    assertBad("v1/search?specialty=cardiologie&sort=distance", "sort");
    assertBad("v1/search", "specialty");
    assertBad("v1/search?specialty=cardiologie&after=yesterday", "after");
  }

  private static void assertBad(String path, String field) {
    var response = KIT.send("GET", path, null, null);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).as(path).contains("\"field\":\"" + field + "\"");
  }
}
