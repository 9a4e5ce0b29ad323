package org.aparte.cli;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.booking.BookingContext;
import org.aparte.cli.document.DocumentContext;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;

/** The document commands' view of this device: the booking context's vault and keys. */
public final class ProfileDocumentContext implements DocumentContext {
  private final ProfileContextSource account;
  private final BookingContext booking;
  private final SecureRandom random = new SecureRandom();

  public ProfileDocumentContext(ProfileContextSource account, BookingContext booking) {
    this.account = account;
    this.booking = booking;
  }

  @Override
  public PatientDocuments patientDocuments() {
    return new PatientDocuments(
        new AnonymousTransport(account.server()), random, Clock.systemUTC());
  }

  @Override
  public PracticeDocuments practiceDocuments() {
    return new PracticeDocuments(account.session().transport(), random, Clock.systemUTC());
  }

  @Override
  public BookingReceipt appointment(UUID bookingId) throws IOException, ApiError {
    return booking.appointments().stream()
        .filter(r -> r.bookingId().equals(bookingId))
        .findFirst()
        .orElseThrow(() -> new UserInputException("no such appointment in your vault"));
  }

  @Override
  public PracticeTarget practice(UUID practiceId) throws IOException, ApiError {
    return booking.practice(practiceId);
  }

  @Override
  public PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError {
    return booking.keyring(practiceId);
  }
}
