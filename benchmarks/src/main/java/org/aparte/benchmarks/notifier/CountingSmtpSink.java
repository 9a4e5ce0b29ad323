package org.aparte.benchmarks.notifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for the benchmark: it answers the commands a relay answers (RFC 5321: EHLO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT), reads each message to its final dot, counts it and drops it.
 * GreenMail parses and keeps every message, four times the notifier's own CPU per message, so on
 * two shared cores it, not the notifier, set the pace. Not for tests: they keep GreenMail, which
 * checks what was sent.
 */
final class CountingSmtpSink implements AutoCloseable {
  private final ServerSocket server;
  private final AtomicInteger accepted = new AtomicInteger();

  CountingSmtpSink() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("smtp-sink").start(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  int accepted() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread.ofPlatform().daemon().name("smtp-sink-session").start(() -> session(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket;
        var in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        switch (verb) {
          case "EHLO", "HELO" -> reply(out, "250 sink");
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // Dropped: the benchmark measures the sender.
            }
            accepted.incrementAndGet();
            reply(out, "250 accepted");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok");
        }
      }
    } catch (IOException e) {
      // The notifier closed its connection.
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
