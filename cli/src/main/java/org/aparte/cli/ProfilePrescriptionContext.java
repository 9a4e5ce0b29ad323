package org.aparte.cli;

import java.io.IOException;
import java.util.UUID;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.booking.BookingContext;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.cli.prescription.PrescriptionContext;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.booking.TamperedBookingException;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.prescription.EvidenceFetcher;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.booking.AgendaEntry;

/**
 * The prescription commands' view of this device: the logged-in account (unlocked once), the agenda
 * for the booking's data key, the vault's receipts, and the log trust pinned in the profile.
 */
public final class ProfilePrescriptionContext implements PrescriptionContext {
  private final ProfileContextSource account;
  private final BookingContext booking;
  private final ProfileDocumentContext documents;

  public ProfilePrescriptionContext(ProfileContextSource account, BookingContext booking) {
    this.account = account;
    this.booking = booking;
    this.documents = new ProfileDocumentContext(account, booking);
  }

  @Override
  public AccountSession practitioner() {
    return account.session();
  }

  @Override
  public PracticeDocuments practiceDocuments() {
    return documents.practiceDocuments();
  }

  @Override
  public PracticeTarget practice(UUID practiceId) throws IOException, ApiError {
    return booking.practice(practiceId);
  }

  @Override
  public SecretBytes bookingKey(UUID practiceId, UUID bookingId) throws IOException, ApiError {
    AgendaEntry entry =
        booking
            .agenda()
            .findEntry(practiceId, bookingId)
            .orElseThrow(() -> new UserInputException("no such booking in the practice's agenda"));
    var key =
        booking
            .keyring(practiceId)
            .version(entry.keyVersion())
            .orElseThrow(
                () -> new UserInputException("you lack the practice key this booking uses"));
    try {
      return BookingDataKeys.openForPractice(bookingId, entry.wrappedKey(), key);
    } catch (TamperedBookingException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  @Override
  public PatientDocuments patientDocuments() {
    return documents.patientDocuments();
  }

  @Override
  public BookingReceipt appointment(UUID bookingId) throws IOException, ApiError {
    return documents.appointment(bookingId);
  }

  @Override
  public EvidenceFetcher evidence() throws IOException, ApiError {
    ProfileLogTrust trust = new ProfileLogTrust(account.profile(), account.server());
    return new EvidenceFetcher(trust.log(), trust.monitor(), trust.pinnedKey());
  }
}
