package org.aparte.platform.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.demo.DemoPractice;
import org.aparte.availability.demo.DemoPractices;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.booking.TokenSource;
import org.aparte.client.practice.Practices;
import org.aparte.client.token.TokenWallet;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.HeldToken;
import org.aparte.client.vault.VaultProfile;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.SlotView;

/**
 * The demo patient: an obviously invented profile, and a first and second vaccine dose plus a
 * consultation, booked anonymously with tokens and recorded in the vault, as the SDK does.
 */
final class DemoPatient {
  private final URI server;
  private final SecureRandom random;
  private final Clock clock;
  private final PrintStream out;

  DemoPatient(URI server, SecureRandom random, Clock clock, PrintStream out) {
    this.server = server;
    this.random = random;
    this.clock = clock;
    this.out = out;
  }

  /** Obviously invented: a "Démo" surname, a fiction-block phone number, a .test address. */
  static final VaultProfile PATIENT_PROFILE =
      new VaultProfile(
          "Camille",
          "Démo",
          "1990-01-01",
          "1 90 01 99 999 999 99",
          "01 99 00 00 01",
          DemoCredentials.PATIENT,
          "1 place de la Démonstration, 75001 Paris");

  private static Person person() {
    return new Person(
        PATIENT_PROFILE.firstName(),
        PATIENT_PROFILE.lastName(),
        LocalDate.parse(PATIENT_PROFILE.birthDate()),
        PATIENT_PROFILE.socialSecurityNumber(),
        PATIENT_PROFILE.phone(),
        PATIENT_PROFILE.email());
  }

  void fillProfile(AccountSession patient) throws IOException, ApiError, CryptoException {
    patient.vault().update(document -> document.withProfile(PATIENT_PROFILE));
  }

  /**
   * A first and second vaccine dose at the vaccination centre, and a consultation at another of the
   * demo practitioner's practices: booked anonymously, then recorded in the vault.
   */
  List<BookingReceipt> book(AccountSession patient, List<DemoPractice> demo, List<UUID> ids)
      throws IOException, ApiError, CryptoException {
    Practices publicReads = anonymousPractices();
    // Tokens are fetched as at a login, and each booking spends one; the vault write that records
    // the appointments also forgets the spent tokens.
    var wallet = patient.tokens();
    wallet.refill(TokenWallet.DEFAULT_TARGET);
    Deque<HeldToken> unspent = new ArrayDeque<>(wallet.held());
    List<HeldToken> spent = new ArrayList<>();
    TokenSource tokens =
        () -> {
          HeldToken next = unspent.poll();
          if (next == null) {
            throw new IOException("the demo patient has no booking token left");
          }
          spent.add(next);
          return next.token();
        };
    Bookings bookings = new Bookings(new AnonymousTransport(server), random, clock, tokens);
    List<BookingReceipt> receipts = new ArrayList<>();

    PracticeView centre = publicReads.show(ids.get(0));
    var firstDose =
        centre.visitTypes().stream().filter(t -> t.followUp() != null).findFirst().orElseThrow();
    ZoneId zone = centre.profile().zone();
    LocalDate start = LocalDate.now(clock.withZone(zone)).plusDays(3);
    Optional<SlotView> dose1 = firstFree(publicReads, centre.id(), firstDose.id(), start, 7);
    if (dose1.isPresent()) {
      LocalDate day1 = LocalDate.ofInstant(dose1.get().start(), zone);
      Optional<SlotView> dose2 =
          firstFree(
              publicReads,
              centre.id(),
              firstDose.followUp().visitTypeId(),
              // A day inside each end of the window, whatever the clock change in between.
              day1.plusDays(firstDose.followUp().minDays() + 1L),
              firstDose.followUp().maxDays() - firstDose.followUp().minDays() - 2);
      if (dose2.isPresent()) {
        receipts.add(
            bookings.book(
                target(centre),
                new AppointmentRequest(
                    person(),
                    null,
                    null,
                    "Vaccination (démo)",
                    firstDose.id(),
                    firstDose.name(),
                    List.of(dose1.get().slotId(), dose2.get().slotId()))));
      }
    }

    for (int i = 1;
        i < Math.min(DemoSeeder.PRACTITIONER_PRACTICES, ids.size()) && receipts.size() < 2;
        i++) {
      PracticeView practice = publicReads.show(ids.get(i));
      var consult =
          practice.visitTypes().stream()
              .filter(t -> t.bookableOnline() && t.followUp() == null)
              .findFirst();
      if (consult.isEmpty()) {
        continue;
      }
      Optional<SlotView> slot =
          firstFree(publicReads, practice.id(), consult.get().id(), start, 10);
      if (slot.isPresent()) {
        receipts.add(
            bookings.book(
                target(practice),
                new AppointmentRequest(
                    person(),
                    null,
                    null,
                    "Rendez-vous de démonstration",
                    consult.get().id(),
                    consult.get().name(),
                    List.of(slot.get().slotId()))));
      }
    }
    if (demo.size() > 1 && receipts.isEmpty()) {
      out.println("  note: no free slot found for the demo bookings");
    }
    patient
        .vault()
        .update(
            document -> {
              var next = document;
              for (BookingReceipt receipt : receipts) {
                next = next.withAppointment(AppointmentRef.of(receipt));
              }
              for (HeldToken token : spent) {
                next = next.withoutToken(token);
              }
              return next;
            });
    return receipts;
  }

  private static Optional<SlotView> firstFree(
      Practices practices, UUID practiceId, UUID visitType, LocalDate from, int days)
      throws IOException, ApiError {
    List<SlotView> slots =
        practices.slots(
            practiceId, visitType, from.toString(), from.plusDays(Math.max(0, days)).toString());
    // Mid-morning rather than the very first slot of the day, for a natural-looking agenda.
    return slots.stream()
        .filter(s -> s.start().atZone(DemoPractices.ZONE).getHour() >= 10)
        .findFirst()
        .or(() -> slots.stream().findFirst());
  }

  private static PracticeTarget target(PracticeView view) {
    try {
      return new PracticeTarget(
          view.id(),
          view.profile().name(),
          EncryptionPublicKey.decode(view.key().publicKey()),
          view.key().version());
    } catch (CryptoException e) {
      throw new IllegalStateException("the server's practice key does not decode", e);
    }
  }

  private Practices anonymousPractices() {
    return new Practices(new ApiTransport(server), new AnonymousTransport(server), random);
  }
}
