package org.aparte.cli.practice;

import picocli.CommandLine.Command;

/** {@code aparte practice closure}: the group of closure subcommands. */
@Command(name = "closure", description = "Close whole days.")
final class ClosureGroup {}
