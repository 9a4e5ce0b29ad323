package org.aparte.cli.practice;

import picocli.CommandLine.Command;

/** {@code aparte practice visit-type}: the group of visit type subcommands. */
@Command(name = "visit-type", description = "Define the kinds of appointment a practice offers.")
final class VisitTypeGroup {}
