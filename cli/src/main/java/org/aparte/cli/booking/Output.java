package org.aparte.cli.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import org.aparte.protocol.Json;

/** Prints either for people or, with {@code --json}, one JSON document. */
final class Output {
  private static final ObjectMapper JSON = Json.mapper();

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("output always serialises", e);
    }
  }
}
