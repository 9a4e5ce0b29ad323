package org.aparte.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.practice.Practices;
import org.aparte.client.practice.SearchQuery;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultDocument;
import org.aparte.platform.demo.DemoCredentials;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.VisitTypeView;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./aparte run --demo} on a fresh data directory, checked only through the HTTP API and the
 * SDK, as a user would see it. Cheap Argon2id costs through the test seam; the real run uses the
 * production defaults.
 */
class DemoSeedingTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern PASSWORD = Pattern.compile("password\\s+(demo(-[a-z0-9]{5}){4})");

  @Test
  void demoSeedsPracticesAccountsAndBookingsOnceAndPrintsTheCredentials(@TempDir Path root)
      throws Exception {
    String password;
    List<SearchHit> seeded;
    var output = new ByteArrayOutputStream();
    try (Platform platform = start(root, output)) {
      String printed = output.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("seeding demo practices: 20/20", "demo data seeded: 20 practices");
      Matcher match = PASSWORD.matcher(printed);
      assertThat(match.find()).as("printed password in:%n%s", printed).isTrue();
      password = match.group(1);
      assertThat(printed)
          .contains(DemoCredentials.PRACTITIONER, DemoCredentials.PATIENT)
          .contains("./aparte cli login --server " + platform.url());

      URI uri = URI.create(platform.url() + "/");
      Practices anonymous =
          new Practices(new ApiTransport(uri), new AnonymousTransport(uri), RANDOM);

      // Search finds every practice, across several cities and specialties.
      seeded = everyPractice(anonymous);
      assertThat(seeded).hasSize(20);
      Set<String> cities = new HashSet<>();
      Set<String> specialties = new HashSet<>();
      for (SearchHit hit : seeded) {
        cities.add(hit.profile().city());
        specialties.add(hit.profile().specialty());
      }
      assertThat(cities).hasSizeGreaterThanOrEqualTo(5);
      assertThat(specialties).hasSizeGreaterThanOrEqualTo(5);

      // One vaccination centre: ten parallel places, dose 1 followed by dose 2 21 to 28 days on.
      List<SearchHit> centres =
          seeded.stream()
              .filter(h -> h.profile().specialty().equals("centre-de-vaccination"))
              .toList();
      assertThat(centres).hasSize(1);
      PracticeView centre = anonymous.show(centres.get(0).id());
      assertThat(centre.visitTypes()).isNotEmpty().allMatch(t -> t.capacity() == 10);
      VisitTypeView firstDose =
          centre.visitTypes().stream().filter(t -> t.followUp() != null).findFirst().orElseThrow();
      assertThat(firstDose.followUp().minDays()).isEqualTo(21);
      assertThat(firstDose.followUp().maxDays()).isEqualTo(28);
      assertThat(centre.visitTypes())
          .anyMatch(t -> t.id().equals(firstDose.followUp().visitTypeId()));
      assertThat(centres.get(0).earliest()).as("the centre has free slots").isNotNull();

      // The demo patient logs in with the printed password and finds both bookings in the vault.
      var device = new AccountClient(uri, AccountOptions.insecureForTests());
      AccountSession patient = device.login(DemoCredentials.PATIENT, password.toCharArray());
      VaultDocument vault = patient.vault().read();
      assertThat(vault.profile().lastName()).isEqualTo("Démo");
      assertThat(vault.appointments()).hasSize(2).allMatch(a -> a.status().equals("CONFIRMED"));
      AppointmentRef vaccine =
          vault.appointments().stream()
              .filter(a -> a.practiceId().equals(centre.id()))
              .findFirst()
              .orElseThrow();
      assertThat(vaccine.slotIds()).hasSize(2);

      // The demo patient has reminder preferences, and the first booking's e-mail reminder is
      // due at the next quarter hour: it lands in the development outbox while one tries the demo.
      assertThat(printed).contains("first e-mail reminder is due at");
      ReminderPreferences reminders =
          ReminderPreferences.stored(vault.reminderPreferences()).orElseThrow();
      Duration emailLead =
          reminders.rules().stream()
              .filter(r -> r.channel() == ReminderChannel.EMAIL)
              .findFirst()
              .orElseThrow()
              .before();
      java.time.Instant due = vault.appointments().get(0).start().minus(emailLead);
      assertThat(due)
          .isAfter(java.time.Instant.now().minus(Duration.ofMinutes(5)))
          .isBefore(java.time.Instant.now().plus(Duration.ofMinutes(16)));

      // The practitioner administers the centre and a few more, and sees both bookings.
      AccountSession practitioner =
          device.login(DemoCredentials.PRACTITIONER, password.toCharArray());
      Practices own = new Practices(practitioner.transport(), new AnonymousTransport(uri), RANDOM);
      List<MyPractice> mine = own.mine();
      assertThat(mine).hasSize(5).anyMatch(p -> p.id().equals(centre.id()));
      Agenda agenda = new Agenda(practitioner.transport(), RANDOM, Clock.systemUTC());
      for (AppointmentRef booking : vault.appointments()) {
        var keyring = own.keyring(booking.practiceId(), practitioner.keys().encryptionKeys());
        AgendaView view =
            agenda.fetch(
                booking.practiceId(),
                new PracticeKeyring(keyring.versions()),
                booking.start().minus(Duration.ofHours(1)),
                booking.start().plus(Duration.ofHours(1)));
        assertThat(view.problems()).isEmpty();
        assertThat(view.bookings())
            .anySatisfy(
                b -> {
                  assertThat(b.bookingId()).isEqualTo(booking.bookingId());
                  assertThat(b.content().patient().lastName()).isEqualTo("Démo");
                });
      }

      Path file = root.resolve(DemoCredentials.FILE_NAME);
      assertThat(Files.readString(file)).contains(password, "DEMO", "seeding=complete");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }

    // A second run on the same data seeds nothing and prints the same credentials.
    var again = new ByteArrayOutputStream();
    try (Platform platform = start(root, again)) {
      String printed = again.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("already seeded").doesNotContain("seeding demo practices");
      assertThat(printed).contains(password);
      URI uri = URI.create(platform.url() + "/");
      assertThat(
              everyPractice(
                  new Practices(new ApiTransport(uri), new AnonymousTransport(uri), RANDOM)))
          .extracting(SearchHit::id)
          .containsExactlyInAnyOrderElementsOf(seeded.stream().map(SearchHit::id).toList());
    }
  }

  private static Platform start(Path root, ByteArrayOutputStream output) throws Exception {
    var main = new PlatformMain(Map.of(), new PrintStream(output, true, StandardCharsets.UTF_8));
    new CommandLine(main)
        .parseArgs(
            "--port", "0", "--data-dir", root.toString(), "--demo", "--demo-practices", "20");
    main.demoAccountOptions = AccountOptions.insecureForTests();
    return main.start();
  }

  private static List<SearchHit> everyPractice(Practices practices) throws Exception {
    List<SearchHit> all = new ArrayList<>();
    for (Specialty specialty : Specialties.standard().all()) {
      all.addAll(
          practices
              .search(SearchQuery.builder().specialty(specialty.code()).size(50).build())
              .hits());
    }
    return all;
  }
}
