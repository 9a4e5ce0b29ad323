package org.aparte.leaktest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy between the clients and the server that keeps a copy of every response (status,
 * headers, body): what "every HTTP response the server sent" means for the leak test. It also keeps
 * the requests, whose bodies and bearer tokens must never show up in a log.
 */
final class RecordingProxy implements AutoCloseable {
  /** Headers the JDK client sets itself, or that describe one hop only. */
  private static final Set<String> HOP_HEADERS =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

  record Exchange(
      int number,
      String method,
      String path,
      byte[] requestBody,
      String authorization,
      int status,
      String responseHeaders,
      byte[] responseBody) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI target;
  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger counter = new AtomicInteger();

  RecordingProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] requestBody;
      try (InputStream in = exchange.getRequestBody()) {
        requestBody = in.readAllBytes();
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().toString();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target.resolve(path.substring(1)))
              .method(method, HttpRequest.BodyPublishers.ofByteArray(requestBody));
      for (var header : exchange.getRequestHeaders().entrySet()) {
        if (!HOP_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          header.getValue().forEach(v -> request.header(header.getKey(), v));
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      StringBuilder headers = new StringBuilder();
      for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
        for (String value : header.getValue()) {
          headers.append(header.getKey()).append(": ").append(value).append('\n');
          if (!HOP_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))
              && !header.getKey().startsWith(":")) {
            exchange.getResponseHeaders().add(header.getKey(), value);
          }
        }
      }
      exchanges.add(
          new Exchange(
              counter.incrementAndGet(),
              method,
              path,
              requestBody,
              exchange.getRequestHeaders().getFirst("Authorization"),
              response.statusCode(),
              headers.toString(),
              response.body()));
      byte[] body = response.body();
      boolean empty = body.length == 0 || method.equals("HEAD");
      exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.close();
    client.close();
  }
}
