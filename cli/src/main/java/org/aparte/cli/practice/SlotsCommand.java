package org.aparte.cli.practice;

import java.time.LocalDate;
import java.util.List;
import org.aparte.protocol.practice.SlotView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte slots}: free slots of a practice's visit type, anonymously. */
@Command(name = "slots", description = "Free slots of a practice's visit type (no login needed).")
final class SlotsCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  @Option(names = "--visit-type", required = true)
  String visitType;

  @Option(names = "--from", description = "YYYY-MM-DD (default today)")
  LocalDate from;

  @Option(names = "--to", description = "YYYY-MM-DD, inclusive (default a week on)")
  LocalDate to;

  SlotsCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    List<SlotView> slots =
        Sdk.anonymous(source)
            .slots(
                uuid("PRACTICE", practice),
                uuid("--visit-type", visitType),
                from == null ? null : from.toString(),
                to == null ? null : to.toString());
    StringBuilder text = new StringBuilder();
    for (SlotView slot : slots) {
      text.append(slot.start()).append("  ").append(slot.slotId());
      if (slot.free() > 1) {
        text.append("  (").append(slot.free()).append(" places)");
      }
      text.append('\n');
    }
    output.print(out(), slots, slots.isEmpty() ? "no free slots" : text.toString().strip());
    return 0;
  }
}
