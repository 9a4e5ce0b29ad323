package org.aparte.cli.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.message.PracticeInbox;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The inbox command's own checks; the inbox itself is tested end to end in MessageFlowTest. */
class InboxCommandTest {
  @CommandLine.Command(name = "aparte")
  static final class Root {}

  private static String run(String... args) {
    MessageContext untouched =
        new MessageContext() {
          @Override
          public PracticeInbox inbox() {
            throw new AssertionError("the inbox must not be fetched");
          }

          @Override
          public PracticeKeyring keyring(UUID practiceId) {
            throw new AssertionError("the keyring must not be opened");
          }
        };
    CommandLine root = new CommandLine(new Root());
    MessageCommands.register(root, () -> untouched);
    root.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println(e.getMessage());
          return 2;
        });
    StringWriter err = new StringWriter();
    root.setErr(new PrintWriter(err));
    root.setOut(new PrintWriter(new StringWriter()));
    int exit = root.execute(args);
    assertThat(exit).isNotZero();
    return err.toString();
  }

  @Test
  void anEmptyOrHugeWindowIsRefusedBeforeAnyRequest() {
    String practice = UUID.randomUUID().toString();
    assertThat(
            run(
                "messages",
                "inbox",
                "--practice",
                practice,
                "--days-back",
                "0",
                "--days-ahead",
                "0"))
        .contains("0 to 800 days");
    assertThat(run("messages", "inbox", "--practice", practice, "--days-back", "900"))
        .contains("0 to 800 days");
  }

  @Test
  void thePracticeIsRequired() {
    assertThat(run("messages", "inbox")).contains("--practice");
  }
}
