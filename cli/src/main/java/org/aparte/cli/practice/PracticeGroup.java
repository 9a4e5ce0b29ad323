package org.aparte.cli.practice;

import picocli.CommandLine.Command;

/** {@code aparte practice}: the group of practice subcommands. */
@Command(name = "practice", description = "Create and manage practices.")
final class PracticeGroup {}
