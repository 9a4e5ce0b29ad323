package org.aparte.cli.support;

import picocli.CommandLine.Command;

/** {@code aparte support ...}: support access from the user's and the auditor's side. */
@Command(
    name = "support",
    description = "Support access: the monthly transparency report.",
    subcommands = {ReportCommand.class})
public final class SupportCommand {}
