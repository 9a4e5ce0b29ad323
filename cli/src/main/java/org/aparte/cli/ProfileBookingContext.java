package org.aparte.cli;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.booking.BookingContext;
import org.aparte.cli.booking.ReminderAttacher;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.booking.Relative;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.practice.Practices;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.NoNotifierKeyException;
import org.aparte.client.reminder.Notices;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.ReminderPreferencesFormatException;
import org.aparte.client.reminder.Reminders;
import org.aparte.client.token.TokenWallet;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.HeldToken;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.practice.PracticeView;

/**
 * The booking commands' view of this device: bookings go out through a credential-free transport,
 * receipts live in the encrypted vault, practice keys come from the public profile and the member's
 * keyring. The account is unlocked (password asked) once, on first need, and shared with the
 * practice commands.
 */
public final class ProfileBookingContext implements BookingContext {
  /**
   * A vault write right after a booking would let the operator join the two by timing; waiting a
   * random while in between (up to this long) blurs that link. Tests set it to zero.
   */
  public static final Duration DEFAULT_VAULT_DELAY = Duration.ofSeconds(3);

  private final ProfileContextSource account;
  private final Duration maxVaultDelay;
  private final SecureRandom random = new SecureRandom();

  public ProfileBookingContext(ProfileContextSource account, Duration maxVaultDelay) {
    this.account = account;
    this.maxVaultDelay = maxVaultDelay;
  }

  private AccountSession session() {
    return account.session();
  }

  private VaultDocument vault() throws IOException, ApiError {
    try {
      return session().vault().read();
    } catch (CryptoException e) {
      throw new UserInputException("the vault failed verification: " + e.getMessage());
    }
  }

  @Override
  public Bookings bookings() {
    return new Bookings(new AnonymousTransport(server()), random, Clock.systemUTC());
  }

  @Override
  public Agenda agenda() {
    return new Agenda(session().transport(), random, Clock.systemUTC());
  }

  @Override
  public Notices notices() throws IOException, ApiError {
    return new Notices(
        session().transport(),
        random,
        Clock.systemUTC(),
        new ProfileLogTrust(account.profile(), server()).keyDirectory());
  }

  @Override
  public Person patient() throws IOException, ApiError {
    VaultProfile me = vault().profile();
    if (me.firstName() == null || me.lastName() == null) {
      throw new UserInputException(
          "your profile has no name yet: run 'aparte profile set --first-name ... --last-name ...'");
    }
    return new Person(
        me.firstName(),
        me.lastName(),
        date(me.birthDate()),
        me.socialSecurityNumber(),
        me.phone(),
        me.email());
  }

  @Override
  public Optional<Relative> relative(UUID relativeId) throws IOException, ApiError {
    return vault().relatives().stream()
        .filter(r -> r.id().equals(relativeId))
        .findFirst()
        .map(
            r ->
                new Relative(
                    r.firstName(),
                    r.lastName(),
                    date(r.birthDate()),
                    null,
                    null,
                    null,
                    r.relationship()));
  }

  @Override
  public PracticeTarget practice(UUID practiceId) throws IOException, ApiError {
    PracticeView view = practices().show(practiceId);
    PracticeTarget target;
    try {
      target =
          new PracticeTarget(
              practiceId,
              view.profile().name(),
              EncryptionPublicKey.decode(view.key().publicKey()),
              view.key().version());
    } catch (CryptoException e) {
      throw new UserInputException(
          "the server gave this practice an unusable key, refusing to book: " + e.getMessage());
    }
    try {
      return new ProfileLogTrust(account.profile(), server()).keyDirectory().requireLogged(target);
    } catch (LogVerificationException e) {
      throw new UserInputException("refusing to book: " + e.getMessage());
    }
  }

  @Override
  public PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError {
    try {
      var keys = practices().keyring(practiceId, session().keys().encryptionKeys());
      return new PracticeKeyring(keys.versions());
    } catch (CryptoException e) {
      throw new UserInputException("the practice keys failed verification: " + e.getMessage());
    }
  }

  @Override
  public List<BookingReceipt> appointments() throws IOException, ApiError {
    return vault().appointments().stream().map(AppointmentRef::toReceipt).toList();
  }

  @Override
  public void saveAppointment(BookingReceipt receipt) throws IOException, ApiError {
    pauseBeforeVaultWrite();
    try {
      session().vault().update(document -> document.withAppointment(AppointmentRef.of(receipt)));
    } catch (CryptoException e) {
      throw new UserInputException("the vault failed verification: " + e.getMessage());
    }
  }

  @Override
  public HeldToken bookingToken() throws IOException, ApiError {
    Optional<HeldToken> held = TokenWallet.pick(heldTokens(), Instant.now());
    if (held.isPresent()) {
      return held.get();
    }
    // Normally fetched at login; fetching now puts issuance next to the booking in time, so wait.
    refillTokens();
    pauseBeforeVaultWrite();
    return TokenWallet.pick(heldTokens(), Instant.now())
        .orElseThrow(
            () ->
                new UserInputException(
                    "you have used all your booking tokens for this week; new ones come next"
                        + " week"));
  }

  @Override
  public void saveAppointment(BookingReceipt receipt, HeldToken spent)
      throws IOException, ApiError {
    pauseBeforeVaultWrite();
    try {
      session()
          .vault()
          .update(
              document -> document.withAppointment(AppointmentRef.of(receipt)).withoutToken(spent));
    } catch (CryptoException e) {
      throw new UserInputException("the vault failed verification: " + e.getMessage());
    }
  }

  @Override
  public void dropToken(HeldToken refused) throws IOException, ApiError {
    try {
      session().vault().update(document -> document.withoutToken(refused));
    } catch (CryptoException e) {
      throw new UserInputException("the vault failed verification: " + e.getMessage());
    }
  }

  @Override
  public List<HeldToken> heldTokens() throws IOException, ApiError {
    try {
      return session().tokens().held();
    } catch (CryptoException e) {
      throw new UserInputException("the vault failed verification: " + e.getMessage());
    }
  }

  @Override
  public ReminderAttacher reminders() throws IOException, ApiError, LogVerificationException {
    VaultDocument document = vault();
    Optional<ReminderPreferences> preferences;
    try {
      preferences = ReminderPreferences.stored(document.reminderPreferences());
    } catch (ReminderPreferencesFormatException e) {
      throw new UserInputException(e.getMessage() + "; set them again with 'aparte reminders set'");
    }
    var contact = new Contact(document.profile().email(), document.profile().phone());
    List<AppointmentRef> others = document.appointments();
    var reminders = new Reminders(new AnonymousTransport(server()), random, Clock.systemUTC());
    KeyDirectory logged = new ProfileLogTrust(account.profile(), server()).keyDirectory();
    try {
      // Checked now so that a substituted notifier key stops the booking before it is sent.
      reminders.notifierKey(logged);
    } catch (NoNotifierKeyException e) {
      if (preferences.isPresent()) {
        throw e;
      }
      // No notifier at all: no booking on this server carries jobs, so none are needed to hide.
      return ReminderAttacher.coversOnly(receipt -> 0);
    }
    ReminderPreferences chosen = preferences.orElse(ReminderPreferences.none());
    ReminderAttacher attacher =
        receipt -> reminders.attach(receipt, chosen, contact, others, logged);
    return preferences.isPresent() ? attacher : ReminderAttacher.coversOnly(attacher);
  }

  @Override
  public int refillTokens() throws IOException, ApiError {
    try {
      var logged = new ProfileLogTrust(account.profile(), server()).keyDirectory();
      return session().tokens().refill(TokenWallet.DEFAULT_TARGET, logged);
    } catch (CryptoException e) {
      throw new UserInputException("a booking token failed verification: " + e.getMessage());
    } catch (LogVerificationException e) {
      throw new UserInputException("refusing booking tokens: " + e.getMessage());
    }
  }

  private void pauseBeforeVaultWrite() {
    long maxMillis = maxVaultDelay.toMillis();
    if (maxMillis <= 0) {
      return;
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(maxMillis / 3, maxMillis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Practices practices() {
    return new Practices(session().transport(), new AnonymousTransport(server()), random);
  }

  private java.net.URI server() {
    return account.server();
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UserInputException("a birth date in the vault is not YYYY-MM-DD");
    }
  }
}
