package org.aparte.cli.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.aparte.protocol.Json;
import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output instead of lines for people. */
public final class Output {
  @Option(names = "--json", description = "print JSON for scripts")
  boolean json;

  void print(PrintWriter out, Object value, String text) {
    if (json) {
      try {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    } else {
      out.println(text);
    }
    out.flush();
  }
}
