package org.aparte.cli.practice;

import picocli.CommandLine.Command;

/** {@code aparte practice member}: the group of member subcommands. */
@Command(name = "member", description = "Add or remove practice members (admins only).")
final class MemberGroup {}
