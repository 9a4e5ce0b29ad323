package org.aparte.server.search;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.aparte.availability.VisitType;
import org.aparte.availability.reference.BoundingBox;
import org.aparte.availability.reference.GeoDistance;
import org.aparte.availability.reference.SearchText;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.search.SearchHit;
import org.aparte.protocol.search.SearchResponse;
import org.aparte.protocol.search.SearchSort;
import org.aparte.server.Route;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.practice.Params;
import org.aparte.server.practice.SlotFinder;
import org.aparte.store.practice.PracticeSchedule;
import org.aparte.store.practice.PracticeStore;
import org.aparte.store.practice.StoredPractice;

/**
 * {@code GET /v1/search}: public, no session. Candidates come from one indexed SQL query (specialty
 * and a bounding box around the point), are filtered by exact distance, and their earliest free
 * slots over the next 14 days come from two more queries (schedules, then claims), whatever the
 * number of candidates.
 */
public final class SearchRoutes {
  public static final int MAX_PAGE_SIZE = 50;
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final double DEFAULT_RADIUS_KM = 25;
  public static final double MAX_RADIUS_KM = 300;

  /** Searches consider at most this many candidates (the nearest are not guaranteed beyond it). */
  public static final int MAX_CANDIDATES = 5_000;

  public static final Duration EARLIEST_WINDOW = Duration.ofDays(14);

  private final PracticeStore store;
  private final SlotFinder slots;
  private final Clock clock;

  public SearchRoutes(PracticeStore store, Clock clock) {
    this.store = store;
    this.slots = new SlotFinder(store);
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(Route.get("/v1/search", this::search));
  }

  private record Candidate(StoredPractice practice, Double distanceKm) {}

  private void search(Context ctx) {
    List<String> specialties = specialties(Params.query(ctx, "specialty"));
    Double lat = Params.decimal(ctx, "lat", -90, 90);
    Double lon = Params.decimal(ctx, "lon", -180, 180);
    if ((lat == null) != (lon == null)) {
      throw new BadRequestException(lat == null ? "lat" : "lon", "is required with the other");
    }
    boolean near = lat != null;
    Double radiusParam = Params.decimal(ctx, "radiusKm", 0.1, MAX_RADIUS_KM);
    double radius = radiusParam == null ? DEFAULT_RADIUS_KM : radiusParam;
    if (radiusParam != null && !near) {
      throw new BadRequestException("radiusKm", "needs lat and lon");
    }
    if (specialties == null && !near) {
      throw new BadRequestException("specialty", "is required when no location is given");
    }
    String visitText = Params.query(ctx, "visitType");
    String wantedVisit = visitText == null ? null : SearchText.fold(visitText);
    Instant now = clock.instant();
    Instant after = Params.instantOrDate(ctx, "after", ZoneOffset.UTC, false);
    if (after == null || after.isBefore(now)) {
      after = now;
    }
    if (after.isAfter(now.plus(SlotFinder.HORIZON))) {
      throw new BadRequestException("after", "must be within the booking horizon");
    }
    SearchSort sort = sort(Params.query(ctx, "sort"), near);
    int page = Params.integer(ctx, "page", 0, 0, 1000);
    int size = Params.integer(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);

    if (specialties != null && specialties.isEmpty()) {
      ctx.json(new SearchResponse(List.of(), page, size, false));
      return;
    }
    BoundingBox box = near ? GeoDistance.boundingBox(lat, lon, radius) : null;
    List<Candidate> candidates = new ArrayList<>();
    for (StoredPractice practice : store.candidates(specialties, box, MAX_CANDIDATES)) {
      Double distance = null;
      if (near) {
        distance =
            GeoDistance.haversineKm(
                lat, lon, practice.profile().latitude(), practice.profile().longitude());
        if (distance > radius) {
          continue;
        }
      }
      candidates.add(new Candidate(practice, distance));
    }
    Comparator<Candidate> byDistance =
        Comparator.comparing((Candidate c) -> c.distanceKm() == null ? 0.0 : c.distanceKm())
            .thenComparing(c -> c.practice().profile().name())
            .thenComparing(c -> c.practice().id());
    candidates.sort(byDistance);

    Predicate<VisitType> wanted =
        wantedVisit == null || wantedVisit.isEmpty()
            ? type -> true
            : type -> SearchText.fold(type.name()).contains(wantedVisit);
    Instant until = after.plus(EARLIEST_WINDOW);
    boolean needAllSchedules = sort == SearchSort.EARLIEST || wantedVisit != null;

    List<Candidate> ordered;
    Map<UUID, SlotView> earliest;
    if (needAllSchedules) {
      Map<UUID, PracticeSchedule> schedules = schedules(candidates, after, until);
      if (wantedVisit != null) {
        candidates.removeIf(
            c ->
                schedules.get(c.practice().id()).visitTypes().stream()
                    .noneMatch(t -> t.bookableOnline() && wanted.test(t)));
      }
      earliest = slots.earliest(schedules.values(), wanted, after, until);
      ordered = new ArrayList<>(candidates);
      if (sort == SearchSort.EARLIEST) {
        Map<UUID, SlotView> first = earliest;
        ordered.sort(
            Comparator.comparing(
                    (Candidate c) -> {
                      SlotView slot = first.get(c.practice().id());
                      return slot == null ? Instant.MAX : slot.start();
                    })
                .thenComparing(byDistance));
      }
      ordered = page(ordered, page, size + 1);
    } else {
      ordered = page(candidates, page, size + 1);
      List<Candidate> shown = ordered.subList(0, Math.min(size, ordered.size()));
      earliest = slots.earliest(schedules(shown, after, until).values(), wanted, after, until);
    }
    boolean more = ordered.size() > size;
    List<SearchHit> hits = new ArrayList<>();
    for (Candidate c : ordered.subList(0, Math.min(size, ordered.size()))) {
      hits.add(
          new SearchHit(
              c.practice().id(),
              c.practice().profile(),
              c.distanceKm() == null ? null : Math.round(c.distanceKm() * 100) / 100.0,
              earliest.get(c.practice().id())));
    }
    ctx.json(new SearchResponse(hits, page, size, more));
  }

  private Map<UUID, PracticeSchedule> schedules(
      List<Candidate> candidates, Instant after, Instant until) {
    Map<UUID, ZoneId> zones = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    for (Candidate c : candidates) {
      ids.add(c.practice().id());
      zones.put(c.practice().id(), c.practice().profile().zone());
    }
    // Closures are whole local days: a day either side covers every zone.
    LocalDate from = LocalDate.ofInstant(after, ZoneOffset.UTC).minusDays(1);
    LocalDate to = LocalDate.ofInstant(until, ZoneOffset.UTC).plusDays(1);
    return store.schedules(ids, zones, from, to);
  }

  private static <T> List<T> page(List<T> all, int page, int count) {
    long first = (long) page * (count - 1);
    if (first >= all.size()) {
      return List.of();
    }
    return all.subList((int) first, (int) Math.min(all.size(), first + count));
  }

  /** A specialty code, or free text matched against the specialty list; null when absent. */
  private static List<String> specialties(String text) {
    if (text == null) {
      return null;
    }
    Specialties all = Specialties.standard();
    if (all.find(text).isPresent()) {
      return List.of(text);
    }
    return all.match(text).stream().map(Specialty::code).toList();
  }

  private static SearchSort sort(String text, boolean near) {
    if (text == null) {
      return near ? SearchSort.DISTANCE : SearchSort.EARLIEST;
    }
    SearchSort sort;
    try {
      sort = SearchSort.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("sort", "must be distance or earliest");
    }
    if (sort == SearchSort.DISTANCE && !near) {
      throw new BadRequestException("sort", "distance needs lat and lon");
    }
    return sort;
  }
}
