package org.aparte.client.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.AgendaEntry;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.junit.jupiter.api.Test;

/** Decryption of agenda entries without a server: key versions, bindings, redaction. */
class AgendaDecryptTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final UUID practiceId = UUID.randomUUID();
  private final UUID visitType = UUID.randomUUID();
  private final EncryptionKeyPair v1 = EncryptionKeyPair.generate(RANDOM);
  private final EncryptionKeyPair v2 = EncryptionKeyPair.generate(RANDOM);

  private PreparedBooking prepare(EncryptionKeyPair key, int version, String reason) {
    var target = new PracticeTarget(practiceId, "Cabinet", key.publicKey(), version);
    var appointment =
        new AppointmentRequest(
            new Person("A", "B", LocalDate.of(2000, 1, 1), null, null, null),
            null,
            null,
            reason,
            visitType,
            "Consultation",
            List.of(visitType + "@2030-01-01T09:00:00Z"));
    return Bookings.prepare(target, appointment, RANDOM, Instant.now());
  }

  private static AgendaEntry entry(CreateBookingRequest request) {
    return new AgendaEntry(
        request.bookingId(),
        request.slotIds(),
        BookingStatus.CONFIRMED,
        request.keyVersion(),
        request.ciphertext(),
        request.wrappedKey());
  }

  @Test
  void everyKeyVersionOfTheKeyringReadsItsBookings() {
    var old = prepare(v1, 1, "before rotation").request();
    var current = prepare(v2, 2, "after rotation").request();
    AgendaView view =
        Agenda.decrypt(
            practiceId,
            new PracticeKeyring(Map.of(1, v1, 2, v2)),
            List.of(entry(old), entry(current)));
    assertThat(view.problems()).isEmpty();
    assertThat(view.bookings())
        .extracting(b -> b.content().reason())
        .containsExactly("before rotation", "after rotation");

    AgendaView withoutOld =
        Agenda.decrypt(
            practiceId, new PracticeKeyring(Map.of(2, v2)), List.of(entry(old), entry(current)));
    assertThat(withoutOld.problems())
        .extracting(TamperedBookingException::bookingId)
        .containsExactly(old.bookingId());
    assertThat(withoutOld.bookings()).hasSize(1);
  }

  @Test
  void anotherPracticesBookingIsRefused() {
    var request = prepare(v1, 1, "x").request();
    AgendaView view =
        Agenda.decrypt(
            UUID.randomUUID(), new PracticeKeyring(Map.of(1, v1)), List.of(entry(request)));
    assertThat(view.bookings()).isEmpty();
    assertThat(view.problems().get(0)).hasMessageContaining("another practice");
  }

  @Test
  void theReceiptHoldsTheSecretWhoseVerifierWasSentAndHidesItInText() {
    PreparedBooking prepared = prepare(v1, 1, "x");
    BookingReceipt receipt = prepared.receipt();
    assertThat(prepared.request().cancelVerifier())
        .isEqualTo(CancelVerifier.of(receipt.cancelSecret()));
    assertThat(receipt.dataKey()).hasSize(32);
    assertThat(receipt.toString())
        .doesNotContain(java.util.Arrays.toString(receipt.cancelSecret()));
    assertThat(receipt.start()).isEqualTo(Instant.parse("2030-01-01T09:00:00Z"));
    // The data key in the receipt opens the booking for the patient too.
    try {
      assertThat(Bookings.open(receipt, prepared.request().ciphertext()).reason()).isEqualTo("x");
    } catch (TamperedBookingException e) {
      throw new AssertionError(e);
    }
  }
}
