package org.aparte.client.token;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.crypto.token.IssuerPublicKey;
import org.aparte.crypto.token.PendingToken;
import org.aparte.protocol.token.IssuerKeyInfo;
import org.aparte.protocol.token.IssuerKeys;
import org.aparte.protocol.token.TokenLimits;
import org.aparte.protocol.token.TokenRequest;
import org.aparte.protocol.token.TokenResponse;

/**
 * One round of issuance: fetch the current epoch's public key (anonymously), send blinded messages
 * with the session, unblind and verify every answer. Nothing is stored here.
 */
public final class TokenIssuance {
  private TokenIssuance() {}

  /**
   * Up to {@code count} fresh tokens; fewer (possibly none) when the account reaches its per-epoch
   * limit, which is not an error.
   */
  public static List<HeldToken> fetch(
      ApiTransport session,
      AnonymousTransport anonymous,
      int count,
      SecureRandom random,
      Instant now)
      throws IOException, ApiError, CryptoException {
    IssuerKeyInfo key = currentKey(anonymous, now);
    IssuerPublicKey issuer = IssuerPublicKey.decode(key.publicKey());
    List<HeldToken> out = new ArrayList<>();
    while (out.size() < count) {
      int batch = Math.min(count - out.size(), TokenLimits.MAX_BATCH);
      List<HeldToken> got = batch(session, key, issuer, batch, random);
      out.addAll(got);
      if (got.size() < batch) {
        break;
      }
    }
    return out;
  }

  private static List<HeldToken> batch(
      ApiTransport session,
      IssuerKeyInfo key,
      IssuerPublicKey issuer,
      int count,
      SecureRandom random)
      throws IOException, ApiError, CryptoException {
    List<PendingToken> pending = new ArrayList<>(count);
    List<byte[]> blinded = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      PendingToken token = BookingTokens.request(issuer, key.epoch(), random);
      pending.add(token);
      blinded.add(token.blindedMessage());
    }
    TokenResponse response;
    try {
      response =
          session.call(
              "POST", "/v1/tokens", new TokenRequest(key.epoch(), blinded), TokenResponse.class);
    } catch (ApiError refused) {
      if ("token_limit_reached".equals(refused.code())) {
        return List.of();
      }
      throw refused;
    }
    if (response.epoch() != key.epoch() || response.blindSignatures().size() > count) {
      throw new IOException("the server answered a different token request");
    }
    List<HeldToken> out = new ArrayList<>();
    for (int i = 0; i < response.blindSignatures().size(); i++) {
      BookingToken token =
          BookingTokens.complete(issuer, pending.get(i), response.blindSignatures().get(i));
      out.add(new HeldToken(token.encode(), key.epoch(), key.acceptedUntil()));
    }
    return out;
  }

  private static IssuerKeyInfo currentKey(AnonymousTransport anonymous, Instant now)
      throws IOException, ApiError {
    IssuerKeys keys = anonymous.call("GET", "/v1/tokens/keys", null, IssuerKeys.class);
    return keys.keys().stream()
        .filter(k -> !k.startsAt().isAfter(now) && k.endsAt().isAfter(now))
        .findFirst()
        .orElseThrow(() -> new IOException("the server publishes no issuer key for now"));
  }
}
