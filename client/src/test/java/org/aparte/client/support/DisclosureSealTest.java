package org.aparte.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.support.DisclosureView;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;
import org.junit.jupiter.api.Test;

/** The disclosure record binds its ids and expiry, and only the requesting agent opens it. */
class DisclosureSealTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final EncryptionKeyPair agent = EncryptionKeyPair.generate(RANDOM);
  private final UUID id = UUID.randomUUID();
  private final UUID ticket = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-03-10T10:00:00Z");
  private final Instant expiry = now.plus(Duration.ofHours(1));
  private final byte[] ref = new byte[16];

  private DisclosureView sealed(Instant claimedExpiry, List<String> scopeFields) throws Exception {
    var content =
        new DisclosureContent(
            DisclosureContent.VERSION,
            id,
            ticket,
            agentId(),
            expiry,
            List.of(new DisclosedRecord(ref, RefKind.PROFILE, Map.of("last-name", "Martin"))));
    var sealed = DisclosureSeal.seal(content, agent.publicKey(), RANDOM);
    return new DisclosureView(
        id,
        ticket,
        agentId(),
        List.of(new ScopeItem(ref, scopeFields)),
        claimedExpiry,
        sealed.ciphertext(),
        sealed.wrappedKey());
  }

  private UUID agentId() {
    return new UUID(1, 2);
  }

  @Test
  void opensForTheAgentBeforeExpiry() throws Exception {
    var content = DisclosureSeal.open(sealed(expiry, List.of("last-name")), agent, now);
    assertThat(content.records().getFirst().fields()).containsEntry("last-name", "Martin");
  }

  @Test
  void aStretchedExpiryFailsAuthentication() {
    assertThatThrownBy(
            () ->
                DisclosureSeal.open(
                    sealed(expiry.plus(Duration.ofHours(5)), List.of("last-name")), agent, now))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    var other = EncryptionKeyPair.generate(RANDOM);
    assertThatThrownBy(() -> DisclosureSeal.open(sealed(expiry, List.of("last-name")), other, now))
        .isInstanceOf(WrongRecipientException.class);
  }

  @Test
  void refusesAfterExpiryAndFieldsOutsideTheScope() {
    assertThatThrownBy(
            () -> DisclosureSeal.open(sealed(expiry, List.of("last-name")), agent, expiry))
        .isInstanceOf(TamperedDisclosureException.class)
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> DisclosureSeal.open(sealed(expiry, List.of("phone")), agent, now))
        .isInstanceOf(TamperedDisclosureException.class)
        .hasMessageContaining("outside its scope");
  }
}
