package org.aparte.crypto.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Reading and writing vector files, and the hex encoding they use for bytes. */
public final class VectorJson {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final HexFormat HEX = HexFormat.of();

  private VectorJson() {}

  /** {@code testdata/vectors}, found from the system property the build sets or the working dir. */
  public static Path directory() {
    String configured = System.getProperty("aparte.testdata");
    Path base = configured != null ? Path.of(configured) : Path.of("..", "testdata");
    return base.resolve("vectors");
  }

  public static ObjectNode header(String format, String description) {
    ObjectNode file = MAPPER.createObjectNode();
    file.put("format", format);
    file.put("version", 1);
    file.put("description", description);
    file.put(
        "generator",
        "crypto/src/test/java/org/aparte/crypto/vectors/GenerateVectors.java (run: ./aparte vectors)");
    file.putArray("cases");
    return file;
  }

  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  public static byte[] unhex(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("vector field '" + field + "' missing or not a string");
    }
    return HEX.parseHex(value.asText());
  }

  public static ObjectNode read(Path file) throws IOException {
    return (ObjectNode) MAPPER.readTree(file.toFile());
  }

  public static void write(Path file, ObjectNode content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text(content));
  }

  /** Exactly what {@link #write} puts in the file. */
  public static String text(ObjectNode content) throws IOException {
    return MAPPER.writeValueAsString(content) + "\n";
  }
}
