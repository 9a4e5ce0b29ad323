package org.aparte.cli.message;

import java.io.IOException;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.message.PracticeInbox;

/** What the message commands need: the member's inbox SDK and the practice keyring. */
public interface MessageContext {
  PracticeInbox inbox();

  PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError;
}
