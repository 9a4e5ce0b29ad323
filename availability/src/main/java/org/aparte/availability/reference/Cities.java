package org.aparte.availability.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo geography: about forty French cities with a postcode and approximate coordinates, read
 * from the bundled {@code cities.txt} ({@code name | postcode | latitude | longitude | phone area};
 * see that file's header).
 */
public final class Cities {
  private Cities() {}

  private static final class Bundled {
    static final List<City> ALL = parse(PipeTable.read(Cities.class, "cities.txt", 5));
  }

  static List<City> parse(List<List<String>> rows) {
    List<City> cities = new ArrayList<>();
    for (List<String> row : rows) {
      try {
        cities.add(
            new City(
                row.get(0),
                row.get(1),
                Double.parseDouble(row.get(2)),
                Double.parseDouble(row.get(3)),
                Integer.parseInt(row.get(4))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("city " + row.get(0) + ": a number is malformed", e);
      }
    }
    return List.copyOf(cities);
  }

  /** Every city, in the file's order. */
  public static List<City> all() {
    return Bundled.ALL;
  }

  /** The city with that name, ignoring case, accents and punctuation ("saint etienne"). */
  public static Optional<City> byName(String name) {
    String folded = SearchText.fold(name);
    return all().stream().filter(city -> SearchText.fold(city.name()).equals(folded)).findFirst();
  }
}
