package org.aparte.client;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * A connection that can never carry credentials: no session token, no cookies. Bookings, and every
 * call about one booking, go through it so that a careless caller cannot link a booking to an
 * account (the server refuses such requests anyway).
 */
public final class AnonymousTransport {
  private final HttpExchange exchange;

  public AnonymousTransport(URI base) {
    this.exchange = new HttpExchange(base);
  }

  public <T> T call(String method, String path, Object body, Class<T> answer)
      throws IOException, ApiError {
    return exchange.send(method, path, body, Optional.empty(), answer);
  }
}
