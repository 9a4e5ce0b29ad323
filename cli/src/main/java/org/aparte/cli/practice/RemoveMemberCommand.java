package org.aparte.cli.practice;

import java.util.UUID;
import org.aparte.client.practice.Practices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aparte practice member remove}: removes a member and rotates the key. */
@Command(name = "remove", description = "Remove a member and rotate the practice key.")
final class RemoveMemberCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "PRACTICE")
  String practice;

  @Parameters(index = "1", paramLabel = "ACCOUNT")
  String member;

  RemoveMemberCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    UUID practiceId = uuid("PRACTICE", practice);
    UUID memberId = uuid("ACCOUNT", member);
    AccountContext account = source.account();
    Practices sdk = Sdk.account(source, account);
    int version =
        sdk.removeMember(
                practiceId,
                sdk.keyring(practiceId, account.encryptionKeys()),
                memberId,
                source.keyDirectory())
            .currentVersion();
    output.print(
        out(), version, "removed " + memberId + "; practice key is now version " + version);
    return 0;
  }
}
