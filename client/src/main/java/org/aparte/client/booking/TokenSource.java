package org.aparte.client.booking;

/**
 * Where {@link Bookings#prepare} takes the booking token for each booking. Interactive clients pick
 * from the vault explicitly ({@link Bookings#book(PracticeTarget, AppointmentRequest,
 * org.aparte.client.vault.HeldToken)}); batch tools (load driver, demo seeder) plug a source in.
 */
@FunctionalInterface
public interface TokenSource {
  /** No token: only for a server that does not require them. */
  TokenSource NONE = () -> null;

  /** The encoded token for the next booking, or null for none. */
  byte[] next() throws java.io.IOException;
}
