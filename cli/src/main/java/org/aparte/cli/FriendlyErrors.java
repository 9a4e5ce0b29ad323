package org.aparte.cli;

import java.io.IOException;
import org.aparte.client.ApiError;
import org.aparte.client.document.TamperedDocumentException;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.vault.VaultRollbackException;
import org.aparte.crypto.CryptoException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line for a person, with an exit code per kind, instead of a stack
 * trace. Messages come from typed exceptions, which never carry user data.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  static final int SERVER_REFUSED = 3;
  static final int TAMPERING_DETECTED = 4;
  static final int UNREACHABLE = 5;

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    var err = command.getErr();
    if (failure instanceof ApiError api) {
      err.println("aparte: the server refused: " + api.getMessage() + " (" + api.code() + ")");
      return SERVER_REFUSED;
    }
    if (failure instanceof CryptoException crypto) {
      err.println("aparte: refused to use data that failed verification: " + crypto.getMessage());
      return TAMPERING_DETECTED;
    }
    if (failure instanceof LogVerificationException unproven) {
      err.println("aparte: " + unproven.getMessage());
      return TAMPERING_DETECTED;
    }
    if (failure instanceof TamperedDocumentException tampered) {
      err.println("aparte: " + tampered.getMessage() + "; nothing was written");
      return TAMPERING_DETECTED;
    }
    if (failure instanceof VaultRollbackException rollback) {
      err.println("aparte: refused the vault the server sent: " + rollback.getMessage());
      return TAMPERING_DETECTED;
    }
    if (failure instanceof IOException io) {
      err.println("aparte: cannot reach the server or the profile: " + io.getMessage());
      return UNREACHABLE;
    }
    if (failure instanceof UserInputException input) {
      err.println("aparte: " + input.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    err.println("aparte: unexpected error: " + failure);
    return CommandLine.ExitCode.SOFTWARE;
  }
}
