package org.aparte.cli.practice;

import picocli.CommandLine;

/**
 * {@code aparte practice ...}, {@code aparte search} and {@code aparte slots}: registered on the
 * root command by {@link #register}, with the source of the server and logged-in account.
 */
public final class PracticeCommands {
  private PracticeCommands() {}

  /** Adds {@code practice}, {@code search} and {@code slots} to {@code root}. */
  public static CommandLine register(CommandLine root, ContextSource source) {
    CommandLine practice = new CommandLine(new PracticeGroup());
    practice.addSubcommand(new CreatePracticeCommand(source));
    practice.addSubcommand(new ShowPracticeCommand(source));
    practice.addSubcommand(new MyPracticesCommand(source));
    CommandLine member = new CommandLine(new MemberGroup());
    member.addSubcommand(new AddMemberCommand(source));
    member.addSubcommand(new RemoveMemberCommand(source));
    practice.addSubcommand("member", member);
    CommandLine visitType = new CommandLine(new VisitTypeGroup());
    visitType.addSubcommand(new SetVisitTypeCommand(source));
    practice.addSubcommand("visit-type", visitType);
    CommandLine hours = new CommandLine(new HoursGroup());
    hours.addSubcommand(new SetHoursCommand(source));
    practice.addSubcommand("hours", hours);
    CommandLine closure = new CommandLine(new ClosureGroup());
    closure.addSubcommand(new AddClosureCommand(source));
    practice.addSubcommand("closure", closure);
    root.addSubcommand("practice", practice);
    root.addSubcommand(new SearchCommand(source));
    root.addSubcommand(new SlotsCommand(source));
    root.addSubcommand(new CheckKeysCommand(source));
    return root;
  }
}
