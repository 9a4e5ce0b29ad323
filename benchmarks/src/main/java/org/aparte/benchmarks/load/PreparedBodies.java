package org.aparte.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.TokenSource;
import org.aparte.client.token.TokenIssuance;
import org.aparte.client.vault.HeldToken;
import org.aparte.protocol.Json;
import org.aparte.protocol.account.Role;

/**
 * The {@code POST /v1/bookings} bodies, made before the timed phase with the SDK's own {@link
 * Bookings#prepare}: booking content sealed under a fresh data key, the key wrapped to the
 * practice's X-Wing key, a fresh cancel secret's verifier; then serialised once to JSON.
 */
final class PreparedBodies {
  private static final ObjectMapper JSON = Json.mapper();

  private PreparedBodies() {}

  /**
   * {@code count} booking tokens for one fresh patient account (the server under load lifts the
   * per-account limit): the issuance cost is paid here, before the timed phase, as a real client
   * pays it at login rather than at booking time.
   */
  static List<byte[]> tokens(URI base, int count, AccountOptions options) throws Exception {
    String login = "load-patient-" + UUID.randomUUID() + "@example.org";
    char[] password = ("load-" + UUID.randomUUID()).toCharArray();
    AccountSession session =
        new AccountClient(base, options).register(login, Role.PATIENT, password).session();
    List<HeldToken> held =
        TokenIssuance.fetch(
            session.transport(),
            new AnonymousTransport(base),
            count,
            new SecureRandom(),
            Instant.now());
    if (held.size() < count) {
      throw new IllegalStateException("the server issued fewer tokens than the load needs");
    }
    return held.stream().map(HeldToken::token).toList();
  }

  /** With {@code tokens} empty, bookings carry none; otherwise one token per line, in order. */
  static List<byte[]> prepare(URI base, List<Capacity.Line> lines, List<byte[]> tokens, int threads)
      throws InterruptedException {
    int chunk = (lines.size() + threads - 1) / threads;
    List<Future<List<byte[]>>> parts = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int from = 0; from < lines.size(); from += chunk) {
        int to = Math.min(lines.size(), from + chunk);
        List<Capacity.Line> slice = lines.subList(from, to);
        Iterator<byte[]> sliceTokens =
            tokens.isEmpty() ? null : List.copyOf(tokens.subList(from, to)).iterator();
        parts.add(pool.submit(() -> encrypt(base, slice, sliceTokens)));
      }
      List<byte[]> bodies = new ArrayList<>(lines.size());
      for (Future<List<byte[]>> part : parts) {
        bodies.addAll(part.get());
      }
      return bodies;
    } catch (ExecutionException e) {
      throw new IllegalStateException("preparing bookings failed", e.getCause());
    }
  }

  private static List<byte[]> encrypt(URI base, List<Capacity.Line> slice, Iterator<byte[]> tokens)
      throws IOException {
    // One SDK instance and random source per thread: no contention on a shared SecureRandom.
    TokenSource source = tokens == null ? TokenSource.NONE : tokens::next;
    var bookings =
        new Bookings(new AnonymousTransport(base), new SecureRandom(), Clock.systemUTC(), source);
    List<byte[]> out = new ArrayList<>(slice.size());
    int n = 0;
    for (Capacity.Line line : slice) {
      n++;
      var patient =
          new Person(
              "Camille",
              "Martin-" + n,
              LocalDate.of(1950 + n % 60, 1 + n % 12, 1 + n % 28),
              "1" + String.format("%014d", n),
              "+33600000000",
              "patient" + n + "@example.org");
      var appointment =
          new AppointmentRequest(
              patient,
              null,
              null,
              "Rappel vaccin",
              line.visitTypeId(),
              "Vaccination",
              List.of(line.slotId()));
      out.add(JSON.writeValueAsBytes(bookings.prepare(line.practice(), appointment).request()));
    }
    return out;
  }
}
