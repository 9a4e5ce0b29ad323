package org.aparte.cli.practice;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aparte.cli.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Shared by every command: the output mode and the console. */
abstract class BaseCommand implements Callable<Integer> {
  @Mixin Output output;
  @Spec CommandLine.Model.CommandSpec spec;
  final ContextSource source;

  BaseCommand(ContextSource source) {
    this.source = source;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  static UUID uuid(String what, String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(what + " must be an id (UUID)");
    }
  }
}
