package org.aparte.cli.booking;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.booking.Relative;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.reminder.Notices;
import org.aparte.client.vault.HeldToken;

/**
 * What the booking commands need from login, the vault and the practices slice. The booking
 * commands only book, read and change bookings; where receipts are kept and how the practice's keys
 * are obtained is the context's business.
 */
public interface BookingContext {
  /** The patient's SDK: an anonymous transport, never a session. */
  Bookings bookings();

  /** The member's SDK: the session transport. */
  Agenda agenda();

  /**
   * The member's notices to patients, on the session transport, sealed only to a notifier key the
   * transparency log shows.
   */
  Notices notices() throws IOException, ApiError;

  /** The logged-in patient, as written in the vault's profile. */
  Person patient() throws IOException, ApiError;

  /** A relative from the vault, by its id. */
  Optional<Relative> relative(UUID relativeId) throws IOException, ApiError;

  /** The practice's name and current public key (fetched from its public profile). */
  PracticeTarget practice(UUID practiceId) throws IOException, ApiError;

  /** Every key version of a practice the logged-in member holds. */
  PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError;

  /** The patient's appointments, as kept in the vault. */
  List<BookingReceipt> appointments() throws IOException, ApiError;

  /** Adds or replaces (same booking id) an appointment in the vault. */
  void saveAppointment(BookingReceipt receipt) throws IOException, ApiError;

  /**
   * The booking token the next booking spends: one from the vault, or, if the vault holds none, a
   * fresh batch fetched first (and a random pause, so issuance and booking are not adjacent).
   */
  HeldToken bookingToken() throws IOException, ApiError;

  /** Records a new appointment and forgets the token it spent, in one vault write. */
  void saveAppointment(BookingReceipt receipt, HeldToken spent) throws IOException, ApiError;

  /** Forgets a token the server refused (spent elsewhere, expired). */
  void dropToken(HeldToken refused) throws IOException, ApiError;

  /** The usable booking tokens in the vault. */
  List<HeldToken> heldTokens() throws IOException, ApiError;

  /**
   * The patient's reminders, ready to attach: preferences, contact (the vault profile's e-mail and
   * phone) and other appointments read from the vault now, and the notifier's key checked in the
   * transparency log now, before anything is booked. With no preferences set, an attacher of cover
   * jobs only ({@link ReminderAttacher#coversOnly}).
   */
  ReminderAttacher reminders() throws IOException, ApiError, LogVerificationException;

  /** Tops the vault's tokens up (within the server's per-week limit); how many it then holds. */
  int refillTokens() throws IOException, ApiError;
}
