package org.aparte.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.reminder.ContactVerifier;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.server.testing.LogCapture;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Contact verification end to end: the SDK seals the address to the notifier, the server draws and
 * seals the code, the notifier sends it through a real SMTP server (or the SMS relay), and the code
 * typed back verifies the account; the database and the logs never hold the address or the code.
 */
class ContactVerificationFlowTest {
  private static final String EMAIL = "canary.verify.51ce@example.org";
  private static final String PHONE = "+33655443322";
  private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})\\.");
  private final ReminderRig rig = new ReminderRig();

  @AfterEach
  void close() {
    rig.close();
  }

  private ContactVerifier verifier() {
    ApiTransport session = new ApiTransport(rig.fixture.uri());
    session.useSession(rig.fixture.patientToken);
    return new ContactVerifier(session, BookingFixture.RANDOM, java.time.Clock.systemUTC());
  }

  private String mailedCode(int index) throws Exception {
    MimeMessage mail = rig.smtp.getReceivedMessages()[index];
    Matcher m = CODE.matcher((String) mail.getContent());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String errorCode(Throwable e) {
    return ((ApiError) e).code();
  }

  @Test
  void theCodeSentToTheSealedAddressVerifiesTheAccount() throws Exception {
    String logs;
    String dump;
    String code;
    try (LogCapture capture = LogCapture.start()) {
      ContactVerifier verifier = verifier();
      assertThat(verifier.isVerified()).isFalse();
      UUID id = verifier.start(ReminderChannel.EMAIL, EMAIL, "en").verificationId();
      assertThat(Sql.column(rig.fixture.database, "SELECT kind FROM reminder_jobs"))
          .containsExactly("VERIFICATION");
      dump = TableDump.of(rig.fixture.database);

      assertThat(rig.runAt(Instant.now())).isEqualTo(1);
      MimeMessage[] mails = rig.smtp.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(EMAIL);
      assertThat(mails[0].getSubject()).isEqualTo("Your Aparté code");
      code = mailedCode(0);
      assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();

      String wrong = code.equals("000000") ? "000001" : "000000";
      assertThatThrownBy(() -> verifier.confirm(id, wrong))
          .satisfies(e -> assertThat(errorCode(e)).isEqualTo("wrong_code"));
      verifier.confirm(id, code);
      assertThat(verifier.isVerified()).isTrue();
      assertThat(Sql.column(rig.fixture.database, "SELECT id FROM contact_verifications"))
          .isEmpty();
      // Once used, the code is gone.
      assertThatThrownBy(() -> verifier.confirm(id, code))
          .satisfies(e -> assertThat(errorCode(e)).isEqualTo("not_found"));
      logs =
          String.join(
              "\n", capture.text().lines().filter(line -> !line.contains(" c.i.g.")).toList());
    }
    assertThat(dump + "\n" + TableDump.of(rig.fixture.database))
        .contains("VERIFICATION")
        .doesNotContain(EMAIL)
        .doesNotContain("code: " + code);
    assertThat(logs).contains(" SENT").doesNotContain(EMAIL).doesNotContain("Aparté code");
  }

  @Test
  void aPhoneGetsTheCodeBySmsInItsLanguage() throws Exception {
    verifier().start(ReminderChannel.SMS, PHONE, "fr");
    assertThat(rig.runAt(Instant.now())).isEqualTo(1);
    assertThat(rig.sms).hasSize(1);
    assertThat(rig.sms.get(0).destination()).isEqualTo(PHONE);
    assertThat(rig.sms.get(0).text()).matches("Votre code Aparté : [0-9]{6}\\. .*");
    assertThat(rig.smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void fiveWrongCodesEndTheVerification() throws Exception {
    ContactVerifier verifier = verifier();
    UUID id = verifier.start(ReminderChannel.EMAIL, EMAIL, "en").verificationId();
    rig.runAt(Instant.now());
    String code = mailedCode(0);
    String wrong = code.equals("000000") ? "000001" : "000000";
    for (int left = 4; left >= 1; left--) {
      String expected = "attempts left: " + left;
      assertThatThrownBy(() -> verifier.confirm(id, wrong))
          .satisfies(e -> assertThat(errorCode(e)).isEqualTo("wrong_code"))
          .hasMessageContaining(expected);
    }
    assertThatThrownBy(() -> verifier.confirm(id, wrong))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("verification_exhausted"));
    // Even the right code is refused now.
    assertThatThrownBy(() -> verifier.confirm(id, code))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("not_found"));
    assertThat(verifier.isVerified()).isFalse();
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    ContactVerifier verifier = verifier();
    UUID id = verifier.start(ReminderChannel.EMAIL, EMAIL, "en").verificationId();
    rig.runAt(Instant.now());
    String code = mailedCode(0);
    // The server's clock is the system's: age the row instead of waiting 15 minutes.
    rig.fixture.database.transaction(
        c ->
            Sql.update(
                c, "UPDATE contact_verifications SET expires_at = now() - interval '1 second'"));
    assertThatThrownBy(() -> verifier.confirm(id, code))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("verification_expired"));
    assertThat(verifier.isVerified()).isFalse();
  }

  @Test
  void aNewCodeReplacesThePendingOneAndStartsAreLimited() throws Exception {
    ContactVerifier verifier = verifier();
    UUID first = verifier.start(ReminderChannel.EMAIL, EMAIL, "en").verificationId();
    UUID second = verifier.start(ReminderChannel.EMAIL, EMAIL, "en").verificationId();
    assertThat(Sql.column(rig.fixture.database, "SELECT id::text FROM contact_verifications"))
        .containsExactly(second.toString());
    assertThatThrownBy(() -> verifier.confirm(first, "123456"))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("not_found"));
    for (int i = 0; i < 3; i++) {
      verifier.start(ReminderChannel.EMAIL, EMAIL, "en");
    }
    assertThatThrownBy(() -> verifier.start(ReminderChannel.EMAIL, EMAIL, "en"))
        .satisfies(
            e -> {
              assertThat(errorCode(e)).isEqualTo("verification_rate_limited");
              assertThat(((ApiError) e).status()).isEqualTo(429);
            });
  }
}
