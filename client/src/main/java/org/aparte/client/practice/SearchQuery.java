package org.aparte.client.practice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aparte.protocol.search.SearchSort;

/**
 * What to search for; every part is optional (the server needs a specialty or a point). Build with
 * {@link #builder()}.
 */
public record SearchQuery(
    String specialty,
    Double latitude,
    Double longitude,
    Double radiusKm,
    String visitType,
    Instant after,
    SearchSort sort,
    Integer page,
    Integer size) {

  public static Builder builder() {
    return new Builder();
  }

  /** The query string, without the leading {@code ?}. */
  public String toQueryString() {
    List<String> parts = new ArrayList<>();
    add(parts, "specialty", specialty);
    add(parts, "lat", latitude);
    add(parts, "lon", longitude);
    add(parts, "radiusKm", radiusKm);
    add(parts, "visitType", visitType);
    add(parts, "after", after);
    add(parts, "sort", sort == null ? null : sort.name().toLowerCase(java.util.Locale.ROOT));
    add(parts, "page", page);
    add(parts, "size", size);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  /** Fills a {@link SearchQuery} one part at a time. */
  public static final class Builder {
    private String specialty;
    private Double latitude;
    private Double longitude;
    private Double radiusKm;
    private String visitType;
    private Instant after;
    private SearchSort sort;
    private Integer page;
    private Integer size;

    public Builder specialty(String value) {
      specialty = value;
      return this;
    }

    public Builder near(double lat, double lon, double radius) {
      latitude = lat;
      longitude = lon;
      radiusKm = radius;
      return this;
    }

    public Builder visitType(String value) {
      visitType = value;
      return this;
    }

    public Builder after(Instant value) {
      after = value;
      return this;
    }

    public Builder sort(SearchSort value) {
      sort = value;
      return this;
    }

    public Builder page(int value) {
      page = value;
      return this;
    }

    public Builder size(int value) {
      size = value;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          specialty, latitude, longitude, radiusKm, visitType, after, sort, page, size);
    }
  }
}
