package org.aparte.cli.document;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.document.DocumentEntry;
import org.aparte.client.document.DocumentListing;
import org.aparte.client.document.TamperedDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code aparte documents list --booking B | --practice P}: decrypted names, types and sizes. */
@Command(name = "list", description = "List the documents of an appointment or a practice.")
final class ListDocumentsCommand implements Callable<Integer> {
  private final Supplier<DocumentContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Whose whose;

  ListDocumentsCommand(Supplier<DocumentContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    DocumentContext ctx = context.get();
    DocumentListing listing =
        whose.asPatient()
            ? ctx.patientDocuments().list(ctx.appointment(whose.booking))
            : ctx.practiceDocuments().list(whose.practice, ctx.keyring(whose.practice));
    var out = spec.commandLine().getOut();
    for (DocumentEntry entry : listing.documents()) {
      out.printf(
          "%s  %-11s  %10d bytes  %s  %s  %s%s%n",
          entry.documentId(),
          entry.direction(),
          entry.meta().size(),
          entry.meta().sentAt(),
          entry.meta().mediaType(),
          entry.meta().fileName(),
          entry.uploaded() ? "" : "  (upload incomplete)");
    }
    for (TamperedDocumentException problem : listing.problems()) {
      spec.commandLine().getErr().println("aparte: " + problem.getMessage());
    }
    return listing.problems().isEmpty() ? 0 : 1;
  }
}
