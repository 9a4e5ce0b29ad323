package org.aparte.cli.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte documents send --booking B FILE}: encrypts the file on this device while it
 * uploads, for the practice of one of your appointments. Practices send to a patient through the
 * SDK ({@code PracticeDocuments}), which needs the booking's key from the agenda.
 */
@Command(name = "send", description = "Send a file to the practice of one of your appointments.")
final class SendDocumentCommand implements Callable<Integer> {
  private final Supplier<DocumentContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--booking", required = true, description = "one of your appointments")
  UUID booking;

  @Option(names = "--type", description = "media type (default: guessed, else octet-stream)")
  String mediaType;

  @Parameters(index = "0", description = "the file")
  Path file;

  SendDocumentCommand(Supplier<DocumentContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    String type = mediaType != null ? mediaType : Files.probeContentType(file);
    DocumentContext ctx = context.get();
    var receipt = ctx.appointment(booking);
    var documents = ctx.patientDocuments();
    var prepared =
        documents.prepare(
            receipt,
            ctx.practice(receipt.practiceId()),
            file,
            type == null ? "application/octet-stream" : type);
    var err = spec.commandLine().getErr();
    documents.send(receipt, prepared, new Progress(err, "sent", Files.size(file)));
    spec.commandLine().getOut().println("sent document " + prepared.documentId());
    return 0;
  }
}
