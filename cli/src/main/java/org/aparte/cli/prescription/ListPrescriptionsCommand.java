package org.aparte.cli.prescription;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.document.DocumentEntry;
import org.aparte.client.prescription.PrescriptionDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aparte prescription list --booking B}: the prescriptions a practice sent you. */
@Command(name = "list", description = "List the prescriptions received for one of your bookings.")
final class ListPrescriptionsCommand implements Callable<Integer> {
  private final Supplier<PrescriptionContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--booking", required = true, description = "one of your appointments")
  UUID booking;

  ListPrescriptionsCommand(Supplier<PrescriptionContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrescriptionContext ctx = context.get();
    var out = spec.commandLine().getOut();
    var received = PrescriptionDelivery.list(ctx.patientDocuments(), ctx.appointment(booking));
    for (DocumentEntry entry : received) {
      out.printf("%s  received %s%n", entry.documentId(), entry.meta().sentAt());
    }
    if (received.isEmpty()) {
      out.println("no prescription for this booking");
    }
    return 0;
  }
}
