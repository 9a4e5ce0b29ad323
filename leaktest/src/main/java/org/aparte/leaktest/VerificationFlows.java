package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aparte.client.account.AccountSession;
import org.aparte.client.reminder.ContactVerifier;
import org.aparte.protocol.reminder.ReminderChannel;

/**
 * Contact verification at registration: the patient's phone (a canary) is sealed to the notifier,
 * whose code arrives in the development outbox (where the phone may appear, as its destination);
 * the code typed back verifies the account.
 */
final class VerificationFlows {
  private static final Duration DELIVERY = Duration.ofSeconds(90);
  private static final Pattern CODE = Pattern.compile("Votre code Aparté : ([0-9]{6})\\.");

  private final FlowContext context;
  private final Path outbox;

  VerificationFlows(FlowContext context) {
    this.context = context;
    this.outbox = context.outbox;
  }

  void run(AccountSession patient) throws Exception {
    var verifier = new ContactVerifier(patient.transport(), context.random, context.clock);
    var started = verifier.start(ReminderChannel.SMS, context.canaries.patientPhone.value(), "fr");
    String code = awaitCode();
    verifier.confirm(started.verificationId(), code);
    require(verifier.isVerified(), "contact verified with the code the notifier sent");
    context.step("contact verification: phone sealed to the notifier, code typed back");
  }

  /** Polls the outbox the child platform's notifier writes to: there is nothing to wait on. */
  private String awaitCode() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(DELIVERY);
    while (Instant.now().isBefore(deadline)) {
      Optional<String> code = findCode();
      if (code.isPresent()) {
        return code.get();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("flow check failed: no verification code in the outbox");
  }

  private Optional<String> findCode() throws IOException {
    if (!Files.isDirectory(outbox)) {
      return Optional.empty();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(outbox)) {
      files = listed.filter(f -> f.toString().endsWith(".sms.txt")).toList();
    }
    for (Path file : files) {
      Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
