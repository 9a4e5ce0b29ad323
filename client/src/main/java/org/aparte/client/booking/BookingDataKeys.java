package org.aparte.client.booking;

import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.wrap.KeyWrap;

/**
 * A practice member's way to a booking's data key (from the agenda entry's wrapped key), which a
 * document sent to the booking's patient is sealed under.
 */
public final class BookingDataKeys {
  private BookingDataKeys() {}

  public static SecretBytes openForPractice(
      UUID bookingId, byte[] wrappedKey, EncryptionKeyPair practiceKey)
      throws TamperedBookingException {
    try {
      return KeyWrap.open(
          wrappedKey, practiceKey, BookingCrypto.PURPOSE, BookingCrypto.recordId(bookingId));
    } catch (CryptoException e) {
      throw new TamperedBookingException(
          bookingId, "its wrapped key does not open for this booking");
    }
  }
}
