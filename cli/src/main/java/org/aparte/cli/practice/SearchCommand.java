package org.aparte.cli.practice;

import java.util.Locale;
import org.aparte.cli.UserInputException;
import org.aparte.client.practice.SearchQuery;
import org.aparte.protocol.search.SearchHit;
import org.aparte.protocol.search.SearchResponse;
import org.aparte.protocol.search.SearchSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte search}: finds practices anonymously. */
@Command(
    name = "search",
    description = "Find practices (no login needed, nothing is sent about you).")
final class SearchCommand extends BaseCommand {
  @Option(names = "--specialty", description = "a specialty code or words such as cardiologue")
  String specialty;

  @Option(names = "--near", description = "LAT,LON")
  String near;

  @Option(names = "--radius-km", defaultValue = "25")
  double radiusKm;

  @Option(names = "--visit-type", description = "words of the visit type's name")
  String visitType;

  @Option(names = "--sort", description = "distance or earliest")
  String sort;

  @Option(names = "--page", defaultValue = "0")
  int page;

  @Option(names = "--size", defaultValue = "20")
  int size;

  SearchCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    SearchQuery.Builder query = SearchQuery.builder().page(page).size(size);
    if (specialty != null) {
      query.specialty(specialty);
    }
    if (near != null) {
      String[] parts = near.split(",");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        query.near(
            Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), radiusKm);
      } catch (NumberFormatException e) {
        throw new UserInputException("--near must be LAT,LON");
      }
    }
    if (visitType != null) {
      query.visitType(visitType);
    }
    if (sort != null) {
      try {
        query.sort(SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--sort must be distance or earliest");
      }
    }
    SearchResponse response = Sdk.anonymous(source).search(query.build());
    StringBuilder text = new StringBuilder();
    for (SearchHit hit : response.hits()) {
      text.append(hit.id()).append("  ").append(hit.profile().name());
      if (hit.distanceKm() != null) {
        text.append(String.format(Locale.ROOT, "  %.1f km", hit.distanceKm()));
      }
      text.append("  ")
          .append(
              hit.earliest() == null
                  ? "no free slot in 14 days"
                  : "first free " + hit.earliest().start());
      text.append('\n');
    }
    if (response.more()) {
      text.append("more: --page ").append(page + 1);
    }
    output.print(
        out(),
        response,
        response.hits().isEmpty() ? "no practices found" : text.toString().strip());
    return 0;
  }
}
