package org.aparte.server.token;

import org.aparte.server.errors.ApiException;

/** A refused token or token request, with its own stable code. Never quotes the token. */
final class TokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  private TokenException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static TokenException required() {
    return new TokenException(
        400, "token_required", "a booking needs one booking token: fetch tokens first", "token");
  }

  static TokenException notAllowed() {
    return new TokenException(
        400, "invalid_field", "token must be absent on a practice's phone booking", "token");
  }

  static TokenException malformed() {
    return new TokenException(400, "invalid_token", "token is not a booking token", "token");
  }

  static TokenException invalid() {
    return new TokenException(
        400, "invalid_token", "token does not verify under its epoch's key", "token");
  }

  static TokenException unknownEpoch() {
    return new TokenException(
        400, "token_epoch_unknown", "no issuer key for this epoch: fetch /v1/tokens/keys", "epoch");
  }

  static TokenException expired() {
    return new TokenException(
        400, "token_expired", "the token's epoch has ended: fetch fresh tokens", "token");
  }

  static TokenException spent() {
    return new TokenException(409, "token_spent", "this token has already booked", "token");
  }

  static TokenException wrongBlockSize() {
    return new TokenException(
        400, "invalid_field", "blindedMessages must match the epoch key's size", "blindedMessages");
  }
}
