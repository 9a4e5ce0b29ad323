package org.aparte.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.message.MessagePage;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.MessageView;
import org.junit.jupiter.api.Test;

class MessageCryptoTest {
  private final SecureRandom random = new SecureRandom();
  private final ThreadKeys thread = ThreadKeys.of(SecretBytes.random(32, random));
  private final UUID id = UUID.randomUUID();
  private final byte[] sealed =
      MessageCrypto.seal(
          thread,
          id,
          MessageSender.PATIENT,
          new MessageBody("hello", Instant.parse("2026-11-22T10:00:00Z")),
          random);

  @Test
  void aMessageOpensAsItsSenderWrote() throws Exception {
    Message opened =
        MessageCrypto.open(thread, new MessageView(7, id, MessageSender.PATIENT, sealed));

    assertThat(opened.text()).isEqualTo("hello");
    assertThat(opened.seq()).isEqualTo(7);
    assertThat(opened.toString()).doesNotContain("hello");
  }

  @Test
  void relabelledMovedOrRenumberedMessagesAreRefused() {
    ThreadKeys other = ThreadKeys.of(SecretBytes.random(32, random));

    assertThatThrownBy(
            () ->
                MessageCrypto.open(thread, new MessageView(1, id, MessageSender.PRACTICE, sealed)))
        .isInstanceOf(TamperedMessageException.class);
    assertThatThrownBy(
            () -> MessageCrypto.open(other, new MessageView(1, id, MessageSender.PATIENT, sealed)))
        .isInstanceOf(TamperedMessageException.class);
    assertThatThrownBy(
            () ->
                MessageCrypto.open(
                    thread, new MessageView(1, UUID.randomUUID(), MessageSender.PATIENT, sealed)))
        .isInstanceOf(TamperedMessageException.class);
  }

  @Test
  void aPageOutOfOrderIsRefusedWhole() {
    var view = new MessageView(5, id, MessageSender.PATIENT, sealed);
    var page = new MessagePage(List.of(view, view), null);

    assertThatThrownBy(() -> ThreadPages.open(thread, page, 0))
        .isInstanceOf(TamperedMessageException.class)
        .hasMessageContaining("out of order");
  }

  @Test
  void theThreadIdIsNotTheDataKeyAndTextsArePaddedToBuckets() {
    SecretBytes dataKey = SecretBytes.random(32, random);
    byte[] shortOne =
        MessageCrypto.seal(
            ThreadKeys.of(dataKey),
            id,
            MessageSender.PATIENT,
            new MessageBody("a", Instant.EPOCH),
            random);
    byte[] longer =
        MessageCrypto.seal(
            ThreadKeys.of(dataKey),
            id,
            MessageSender.PATIENT,
            new MessageBody("a".repeat(150), Instant.EPOCH),
            random);

    assertThat(ThreadKeys.of(dataKey).threadId()).isNotEqualTo(dataKey.revealCopy()).hasSize(32);
    assertThat(shortOne).hasSameSizeAs(longer);
  }
}
