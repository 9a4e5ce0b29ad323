package org.aparte.cli.practice;

import java.util.List;
import org.aparte.protocol.practice.MyPractice;
import picocli.CommandLine.Command;

/** {@code aparte practice mine}: the practices the logged-in account belongs to. */
@Command(name = "mine", description = "The practices you belong to.")
final class MyPracticesCommand extends BaseCommand {
  MyPracticesCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    List<MyPractice> mine = Sdk.account(source, source.account()).mine();
    StringBuilder text = new StringBuilder();
    for (MyPractice p : mine) {
      text.append(p.id()).append("  ").append(p.role()).append("  ").append(p.profile().name());
      text.append('\n');
    }
    output.print(out(), mine, mine.isEmpty() ? "no practices" : text.toString().strip());
    return 0;
  }
}
