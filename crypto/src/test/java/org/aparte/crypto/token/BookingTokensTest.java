package org.aparte.crypto.token;

import static org.aparte.crypto.token.TokenTesting.KEY_A;
import static org.aparte.crypto.token.TokenTesting.KEY_B;
import static org.aparte.crypto.token.TokenTesting.issue;
import static org.aparte.crypto.token.TokenTesting.seeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Properties of issuance and redemption: what must verify, and everything that must not. */
class BookingTokensTest {

  @Test
  void issuedTokensVerifyUnderTheirKey() {
    Trials.forAll(
        20,
        random -> {
          SecureRandom secure = seeded(random);
          long epoch = random.nextInt(1 << 20);
          BookingToken token = issue(KEY_A, epoch, secure);
          BookingTokens.verify(KEY_A.publicKey(), token);
          assertThat(token.epoch()).isEqualTo(epoch);
          assertThat(BookingToken.decode(token.encode())).isEqualTo(token);
        });
  }

  @Test
  void aTokenNeverVerifiesUnderAnotherKey() {
    Trials.forAll(
        10,
        random -> {
          BookingToken token = issue(KEY_A, random.nextInt(1000), seeded(random));
          assertThatThrownBy(() -> BookingTokens.verify(KEY_B.publicKey(), token))
              .isInstanceOf(InvalidSignatureException.class);
        });
  }

  @Test
  void finalizingWithTheWrongKeyIsRefused() {
    Trials.forAll(
        10,
        random -> {
          SecureRandom secure = seeded(random);
          PendingToken pending = BookingTokens.request(KEY_A.publicKey(), 7, secure);
          // The issuer signs with another key than the one it announced: the client notices.
          byte[] wrongSigner;
          try {
            wrongSigner = BlindRsa.blindSign(KEY_B, pending.blindedMessage());
          } catch (MalformedInputException outOfRangeForKeyB) {
            return; // B cannot even sign this value; nothing reaches the client.
          }
          assertThatThrownBy(() -> BookingTokens.complete(KEY_A.publicKey(), pending, wrongSigner))
              .isInstanceOf(InvalidSignatureException.class);
        });
  }

  @Test
  void anyAlteredFieldFailsVerification() {
    Trials.forAll(
        20,
        random -> {
          BookingToken token = issue(KEY_A, 1 + random.nextInt(1000), seeded(random));
          byte[] wire = token.encode();
          int position = 1 + random.nextInt(wire.length - 1);
          wire[position] ^= (byte) (1 << random.nextInt(8));
          BookingToken altered = BookingToken.decode(wire);
          assertThatThrownBy(() -> BookingTokens.verify(KEY_A.publicKey(), altered))
              .isInstanceOf(InvalidSignatureException.class);
        });
  }

  @Test
  void aMismatchedInverseIsRefused() {
    Trials.forAll(
        10,
        random -> {
          SecureRandom secure = seeded(random);
          PendingToken first = BookingTokens.request(KEY_A.publicKey(), 3, secure);
          PendingToken second = BookingTokens.request(KEY_A.publicKey(), 3, secure);
          byte[] firstAnswer = BlindRsa.blindSign(KEY_A, first.blindedMessage());
          // Unblinding one answer with another request's inverse yields garbage, not a token.
          assertThatThrownBy(() -> BookingTokens.complete(KEY_A.publicKey(), second, firstAnswer))
              .isInstanceOf(InvalidSignatureException.class);
        });
  }

  @Test
  void blindSignRefusesWrongLengthsAndOutOfRangeValues() {
    assertThatThrownBy(() -> BlindRsa.blindSign(KEY_A, new byte[255]))
        .isInstanceOf(MalformedInputException.class);
    byte[] tooBig = new byte[256];
    java.util.Arrays.fill(tooBig, (byte) 0xFF);
    assertThatThrownBy(() -> BlindRsa.blindSign(KEY_A, tooBig))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void blindedMessagesLookUnrelatedToTheMessage() {
    // The same epoch and nonce blinded twice gives different blinded messages.
    SecureRandom secure = new SecureRandom();
    byte[] message = BookingToken.signedMessage(5, new byte[32]);
    BlindingState one = BlindRsa.blind(KEY_A.publicKey(), message, secure);
    BlindingState two = BlindRsa.blind(KEY_A.publicKey(), message, secure);
    assertThat(one.blindedMessage()).isNotEqualTo(two.blindedMessage());
  }
}
