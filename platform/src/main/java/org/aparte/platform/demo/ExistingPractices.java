package org.aparte.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.practice.Practices;
import org.aparte.client.practice.SearchQuery;

/** Whether a server already lists practices, so that demo data never mixes with real data. */
final class ExistingPractices {
  private ExistingPractices() {}

  /** Whether the public search lists any practice, asked specialty by specialty. */
  static boolean any(URI server, SecureRandom random) throws IOException, ApiError {
    Practices practices =
        new Practices(new ApiTransport(server), new AnonymousTransport(server), random);
    for (Specialty specialty : Specialties.standard().all()) {
      var page =
          practices.search(SearchQuery.builder().specialty(specialty.code()).size(1).build());
      if (!page.hits().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
