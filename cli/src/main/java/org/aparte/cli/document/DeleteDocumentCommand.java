package org.aparte.cli.document;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte documents delete DOCUMENT}: the sender deletes; the server erases the blob. */
@Command(name = "delete", description = "Delete a document you sent.")
final class DeleteDocumentCommand implements Callable<Integer> {
  private final Supplier<DocumentContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Whose whose;

  @Parameters(index = "0", description = "document id")
  UUID document;

  DeleteDocumentCommand(Supplier<DocumentContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    DocumentContext ctx = context.get();
    if (whose.asPatient()) {
      ctx.patientDocuments().delete(ctx.appointment(whose.booking), document);
    } else {
      ctx.practiceDocuments().delete(whose.practice, document);
    }
    spec.commandLine().getOut().println("deleted document " + document);
    return 0;
  }
}
