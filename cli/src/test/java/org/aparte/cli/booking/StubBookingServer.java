package org.aparte.cli.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aparte.protocol.Json;

/**
 * A stand-in for the API with just enough behaviour for the CLI: it keeps what was booked and
 * serves it back as the agenda, so the CLI's encryption and decryption are real. (The server's own
 * behaviour is tested in the server module.)
 */
final class StubBookingServer implements AutoCloseable {
  private static final ObjectMapper JSON = Json.mapper();
  private final HttpServer http;
  final Map<String, ObjectNode> bookings = new ConcurrentHashMap<>();
  final List<String> authorizationHeaders = Collections.synchronizedList(new ArrayList<>());
  final List<String> marks = Collections.synchronizedList(new ArrayList<>());
  final List<JsonNode> notices = Collections.synchronizedList(new ArrayList<>());
  final Map<String, JsonNode> reminders = new ConcurrentHashMap<>();
  volatile boolean tamperFirst;
  volatile byte[] notifierKey = new byte[0];

  StubBookingServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/v1/", this::handle);
    http.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (path.startsWith("/v1/bookings")) {
      authorizationHeaders.add(auth == null ? "none" : "present");
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    String[] parts = path.split("/");
    try {
      if (path.equals("/v1/bookings")
          || (parts.length == 5
              && parts[4].equals("bookings")
              && "POST".equals(exchange.getRequestMethod()))) {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        request.put("status", "CONFIRMED");
        bookings.put(request.get("bookingId").asText(), request);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("bookingId", request.get("bookingId"));
        answer.put("status", "CONFIRMED");
        answer.set("slotIds", request.get("slotIds"));
        reply(exchange, 201, answer);
      } else if (path.startsWith("/v1/bookings/") && path.endsWith("/reminders")) {
        reminders.put(parts[3], JSON.readTree(body));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      } else if (path.startsWith("/v1/bookings/") && path.endsWith("/reschedule")) {
        ObjectNode booking = bookings.get(parts[3]);
        JsonNode request = JSON.readTree(body);
        booking.set("slotIds", request.get("slotIds"));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("status", "CONFIRMED");
        answer.set("slotIds", request.get("slotIds"));
        reply(exchange, 200, answer);
      } else if (path.startsWith("/v1/bookings/") && path.endsWith("/cancel")) {
        ObjectNode booking = bookings.get(parts[3]);
        booking.put("status", "CANCELLED_BY_PATIENT");
        reply(exchange, 200, JSON.createObjectNode().put("status", "CANCELLED_BY_PATIENT"));
      } else if (path.startsWith("/v1/bookings/") && path.endsWith("/status")) {
        ObjectNode booking = bookings.get(parts[3]);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("status", booking.get("status"));
        answer.set("slotIds", booking.get("slotIds"));
        reply(exchange, 200, answer);
      } else if (parts.length == 5 && parts[4].equals("bookings")) {
        ArrayNode entries = JSON.createArrayNode();
        boolean first = true;
        for (ObjectNode booking : bookings.values()) {
          ObjectNode entry = JSON.createObjectNode();
          entry.set("bookingId", booking.get("bookingId"));
          entry.set("slotIds", booking.get("slotIds"));
          entry.set("status", booking.get("status"));
          entry.set("keyVersion", booking.get("keyVersion"));
          byte[] ciphertext = booking.get("ciphertext").binaryValue();
          if (tamperFirst && first) {
            ciphertext = ciphertext.clone();
            ciphertext[ciphertext.length - 1] ^= 1;
          }
          first = false;
          entry.put("ciphertext", ciphertext);
          entry.set("wrappedKey", booking.get("wrappedKey"));
          entries.add(entry);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("bookings", entries);
        reply(exchange, 200, answer);
      } else if (path.equals("/v1/notifier/keys")) {
        ObjectNode key = JSON.createObjectNode().put("publicKey", notifierKey).put("current", true);
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("keys").add(key);
        reply(exchange, 200, answer);
      } else if (parts.length == 7 && parts[6].equals("notice")) {
        notices.add(JSON.readTree(body));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      } else if (parts.length == 7 && parts[6].equals("status")) {
        JsonNode request = JSON.readTree(body);
        marks.add(parts[5] + " " + request.get("status").asText());
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      } else {
        reply(
            exchange,
            404,
            JSON.createObjectNode().put("error", "not_found").put("message", "no such route"));
      }
    } catch (RuntimeException e) {
      reply(
          exchange,
          500,
          JSON.createObjectNode().put("error", "internal").put("message", "internal error"));
    }
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
