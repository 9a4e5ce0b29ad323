package org.aparte.cli.practice;

import java.util.Base64;
import java.util.UUID;
import org.aparte.cli.UserInputException;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.practice.MemberRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte practice member add}: wraps every key version to a new member. */
@Command(name = "add", description = "Add a member: every key version is wrapped to them.")
final class AddMemberCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  @Option(names = "--account", required = true, description = "the member's account id")
  String member;

  @Option(
      names = "--public-key",
      required = true,
      description = "the member's encryption public key, base64")
  String publicKey;

  @Option(names = "--role", defaultValue = "MEMBER", description = "ADMIN or MEMBER")
  MemberRole role;

  AddMemberCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    UUID practiceId = uuid("PRACTICE", practice);
    UUID memberId = uuid("--account", member);
    EncryptionPublicKey key;
    try {
      key = EncryptionPublicKey.decode(Base64.getDecoder().decode(publicKey));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--public-key must be base64");
    }
    AccountContext account = source.account();
    Practices sdk = Sdk.account(source, account);
    sdk.addMember(
        practiceId,
        sdk.keyring(practiceId, account.encryptionKeys()),
        memberId,
        key,
        role,
        source.keyDirectory());
    output.print(out(), memberId, "added " + memberId);
    return 0;
  }
}
