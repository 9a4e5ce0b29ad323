package org.aparte.cli;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.booking.BookingContext;
import org.aparte.cli.message.MessageContext;
import org.aparte.client.ApiError;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.message.PracticeInbox;
import org.aparte.client.message.PracticeMessages;

/** The message commands' view of this device: the member's session, agenda and keyring. */
public final class ProfileMessageContext implements MessageContext {
  private final ProfileContextSource account;
  private final BookingContext booking;
  private final SecureRandom random = new SecureRandom();

  public ProfileMessageContext(ProfileContextSource account, BookingContext booking) {
    this.account = account;
    this.booking = booking;
  }

  @Override
  public PracticeInbox inbox() {
    return new PracticeInbox(
        booking.agenda(),
        new PracticeMessages(account.session().transport(), random, Clock.systemUTC()),
        random);
  }

  @Override
  public PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError {
    return booking.keyring(practiceId);
  }
}
