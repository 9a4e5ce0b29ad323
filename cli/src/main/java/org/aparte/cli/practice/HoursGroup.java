package org.aparte.cli.practice;

import picocli.CommandLine.Command;

/** {@code aparte practice hours}: the group of opening hours subcommands. */
@Command(name = "hours", description = "Set weekly opening hours of a visit type.")
final class HoursGroup {}
