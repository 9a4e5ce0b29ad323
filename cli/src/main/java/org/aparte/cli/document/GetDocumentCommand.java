package org.aparte.cli.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.document.DocumentMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte documents get DOCUMENT --out FILE}: downloads, verifies every segment and decrypts;
 * the file appears only once all of it has checked out.
 */
@Command(name = "get", description = "Download and decrypt a document.")
final class GetDocumentCommand implements Callable<Integer> {
  private final Supplier<DocumentContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Whose whose;

  @Parameters(index = "0", description = "document id")
  UUID document;

  @Option(names = "--out", required = true, description = "where to write the file")
  Path out;

  GetDocumentCommand(Supplier<DocumentContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out)) {
      throw new UserInputException("will not overwrite " + out);
    }
    DocumentContext ctx = context.get();
    var err = spec.commandLine().getErr();
    var progress = new Progress(err, "received", 0);
    DocumentMeta meta =
        whose.asPatient()
            ? ctx.patientDocuments()
                .download(ctx.appointment(whose.booking), document, out, progress)
            : ctx.practiceDocuments()
                .download(whose.practice, ctx.keyring(whose.practice), document, out, progress);
    err.println();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s (%d bytes, %s, sent as %s)%n",
            out, meta.size(), meta.mediaType(), meta.fileName());
    return 0;
  }
}
